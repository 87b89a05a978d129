-- Xiangzhi schema, version 12: the search index in registration order (docs/search.md).
-- A text search's first page used to read every matching rowid before the first row
-- could be sorted: 177,000 rowids for 水 at a million cases. Now the index's rowid is a
-- key in registration order, so FTS5 walks the matches newest first (ORDER BY rowid DESC)
-- and stops after the page.
--
-- key = created_at (ms) * 2^20 + n, n = 0, 1, … among the cases registered in the same
-- millisecond (imports give many cases one time), by id as the case list breaks ties.
-- 2^20 leaves room for a million cases per millisecond and for times up to the year
-- 2248 within SQLite's 63 bits.
DROP TRIGGER case_search_insert;
DROP TRIGGER case_search_update;
DROP TRIGGER case_search_delete;
DROP TRIGGER case_search_note;
DROP TRIGGER case_search_note_update;
DROP TABLE case_search;

-- Which case each index row holds (FTS5 cannot look up by an unindexed column).
CREATE TABLE case_search_keys (
    key        INTEGER PRIMARY KEY,            -- case_search's rowid
    case_rowid INTEGER NOT NULL UNIQUE         -- cases' rowid
);

INSERT INTO case_search_keys(key, case_rowid)
SELECT created_at * 1048576 + row_number() OVER (PARTITION BY created_at ORDER BY id) - 1, rowid
FROM cases;

CREATE VIRTUAL TABLE case_search USING fts5(
    number, title, description, result, notes, reporter,
    tokenize = 'xz_cjk', columnsize = 0
);

-- In key order: FTS5 appends to its segments instead of merging out-of-order rowids.
INSERT INTO case_search(rowid, number, title, description, result, notes, reporter)
SELECT k.key, c.number, c.title, c.description, coalesce(c.result, ''),
       coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                 WHERE e.case_id = c.id AND e.note <> ''), ''),
       c.reporter_name
FROM case_search_keys k JOIN cases c ON c.rowid = k.case_rowid
ORDER BY k.key;

-- A new case takes the next key of its millisecond. Kept in step inside the writing
-- transaction, whichever path writes (registration, workflow, a resident's new name,
-- sync from the county).
CREATE TRIGGER case_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search_keys(key, case_rowid)
    VALUES (coalesce((SELECT max(key) + 1 FROM case_search_keys
                      WHERE key >= NEW.created_at * 1048576 AND key < (NEW.created_at + 1) * 1048576),
                     NEW.created_at * 1048576),
            NEW.rowid);
    INSERT INTO case_search(rowid, number, title, description, result, notes, reporter)
    VALUES ((SELECT key FROM case_search_keys WHERE case_rowid = NEW.rowid),
            NEW.number, NEW.title, NEW.description, coalesce(NEW.result, ''),
            coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                      WHERE e.case_id = NEW.id AND e.note <> ''), ''),
            NEW.reporter_name);
END;

-- Most updates change the status only: those leave the index alone.
CREATE TRIGGER case_search_update AFTER UPDATE OF number, title, description, result, reporter_name ON cases
WHEN NEW.number IS NOT OLD.number OR NEW.title IS NOT OLD.title OR NEW.description IS NOT OLD.description
     OR NEW.result IS NOT OLD.result OR NEW.reporter_name IS NOT OLD.reporter_name
BEGIN
    UPDATE case_search SET number = NEW.number, title = NEW.title, description = NEW.description,
                           result = coalesce(NEW.result, ''), reporter = NEW.reporter_name
    WHERE rowid = (SELECT key FROM case_search_keys WHERE case_rowid = NEW.rowid);
END;

-- The registration time is the key's order: should it ever change, the row moves.
CREATE TRIGGER case_search_created AFTER UPDATE OF created_at ON cases
WHEN NEW.created_at IS NOT OLD.created_at
BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT key FROM case_search_keys WHERE case_rowid = OLD.rowid);
    DELETE FROM case_search_keys WHERE case_rowid = OLD.rowid;
    INSERT INTO case_search_keys(key, case_rowid)
    VALUES (coalesce((SELECT max(key) + 1 FROM case_search_keys
                      WHERE key >= NEW.created_at * 1048576 AND key < (NEW.created_at + 1) * 1048576),
                     NEW.created_at * 1048576),
            NEW.rowid);
    INSERT INTO case_search(rowid, number, title, description, result, notes, reporter)
    VALUES ((SELECT key FROM case_search_keys WHERE case_rowid = NEW.rowid),
            NEW.number, NEW.title, NEW.description, coalesce(NEW.result, ''),
            coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                      WHERE e.case_id = NEW.id AND e.note <> ''), ''),
            NEW.reporter_name);
END;

CREATE TRIGGER case_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT key FROM case_search_keys WHERE case_rowid = OLD.rowid);
    DELETE FROM case_search_keys WHERE case_rowid = OLD.rowid;
END;

-- A note is written as an event; the registration's events come before the case row,
-- and the insert trigger above gathers those.
CREATE TRIGGER case_search_note AFTER INSERT ON case_events
WHEN NEW.note <> ''
BEGIN
    UPDATE case_search SET notes = CASE WHEN notes = '' THEN NEW.note ELSE notes || char(10) || NEW.note END
    WHERE rowid = (SELECT k.key FROM cases c JOIN case_search_keys k ON k.case_rowid = c.rowid
                   WHERE c.id = NEW.case_id);
END;

-- Anonymising a case rewrites its events' notes (and the county's copy may correct one):
-- the case's notes are gathered again.
CREATE TRIGGER case_search_note_update AFTER UPDATE OF note ON case_events
WHEN NEW.note IS NOT OLD.note
BEGIN
    UPDATE case_search
    SET notes = coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                          WHERE e.case_id = NEW.case_id AND e.note <> ''), '')
    WHERE rowid = (SELECT k.key FROM cases c JOIN case_search_keys k ON k.case_rowid = c.rowid
                   WHERE c.id = NEW.case_id);
END;

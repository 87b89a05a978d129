-- Xiangzhi schema, version 10: full-text case search (docs/search.md).
-- One row per case (rowid = the case's rowid) holding the text a cadre searches by. The
-- tokenizer xz_cjk (core/storage/cjktokenizer.cpp) is registered by the program on every
-- connection: Chinese, Yi and Tibetan as single characters and pairs, other text as words.
-- detail=full keeps positions (pairs chain into phrases); columnsize=0 because nothing
-- ranks by length.
CREATE VIRTUAL TABLE case_search USING fts5(
    number, title, description, result, notes, reporter,
    tokenize = 'xz_cjk', columnsize = 0
);

-- The notes of a case: the note of every event on its timeline, one per line.
INSERT INTO case_search(rowid, number, title, description, result, notes, reporter)
SELECT c.rowid, c.number, c.title, c.description, coalesce(c.result, ''),
       coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                 WHERE e.case_id = c.id AND e.note <> ''), ''),
       c.reporter_name
FROM cases c;

-- Kept in step inside the writing transaction, whichever path writes (registration,
-- workflow, a resident's new name, sync from the county).
CREATE TRIGGER case_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search(rowid, number, title, description, result, notes, reporter)
    VALUES (NEW.rowid, NEW.number, NEW.title, NEW.description, coalesce(NEW.result, ''),
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
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER case_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = OLD.rowid;
END;

-- A note is written as an event; the registration's events come before the case row,
-- and the insert trigger above gathers those.
CREATE TRIGGER case_search_note AFTER INSERT ON case_events
WHEN NEW.note <> ''
BEGIN
    UPDATE case_search SET notes = CASE WHEN notes = '' THEN NEW.note ELSE notes || char(10) || NEW.note END
    WHERE rowid = (SELECT rowid FROM cases WHERE id = NEW.case_id);
END;

-- Anonymising a case rewrites its events' notes (and the county's copy may correct one):
-- the case's notes are gathered again.
CREATE TRIGGER case_search_note_update AFTER UPDATE OF note ON case_events
WHEN NEW.note IS NOT OLD.note
BEGIN
    UPDATE case_search
    SET notes = coalesce((SELECT group_concat(e.note, char(10)) FROM case_events e
                          WHERE e.case_id = NEW.case_id AND e.note <> ''), '')
    WHERE rowid = (SELECT rowid FROM cases WHERE id = NEW.case_id);
END;

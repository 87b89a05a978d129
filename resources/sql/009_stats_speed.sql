-- Xiangzhi schema, version 9: the statistics at a million cases (docs/statistics.md,
-- "How it is computed"; bench/README.md, "Statistics").
-- Each figure selects the cases of a period by one instant and then counts by, or filters
-- on, a few short columns. Without these indexes every case of the period is looked up in
-- the table (a 12-month period at a county's million cases: some 700,000 lookups). With
-- them each figure reads one range of one index and never the table. The filters the
-- dashboard offers (category, assignee, village) are in each index, after the columns a
-- figure counts by.

-- Repeats (docs/statistics.md): a case for which another case (not voided or merged) of the
-- same resident, or of the same place, was registered in the 90 days (7,776,000,000 ms)
-- before it. Deciding that at query time takes two index probes per case of the period,
-- seconds at a million cases; so each case carries the answer in is_repeat, kept exact by
-- the triggers below whenever a case is added or removed, or changes what the rule reads:
-- its registration instant, resident, place, or whether it counts (voided, merged).
-- The earlier case of the same resident or place, found without a lookup of its state.
-- Both replace an index of the same name and leading columns (versions 1 and 3).
DROP INDEX cases_reporter;
CREATE INDEX cases_reporter ON cases(reporter_id, created_at, status);
DROP INDEX cases_place;
CREATE INDEX cases_place ON cases(place_key, created_at, status) WHERE place_key IS NOT NULL;

ALTER TABLE cases ADD COLUMN is_repeat INTEGER NOT NULL DEFAULT 0;
-- (Only the repeats are written: the others keep the default.)
UPDATE cases SET is_repeat = 1 WHERE
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')));

-- A case added: its own flag, and those of the later cases it makes repeats.
CREATE TRIGGER cases_repeat_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE id = NEW.id;
    -- A countable case makes the cases of its resident and place in the 90 days after it
    -- repeats (a case synced late can be older than cases already here).
    UPDATE cases SET is_repeat = 1
    WHERE NEW.status NOT IN ('voided', 'merged') AND is_repeat = 0 AND reporter_id = NEW.reporter_id
      AND created_at > NEW.created_at AND created_at <= NEW.created_at + 7776000000;
    UPDATE cases SET is_repeat = 1
    WHERE NEW.status NOT IN ('voided', 'merged') AND NEW.place_key <> '' AND is_repeat = 0
      AND place_key = NEW.place_key AND created_at > NEW.created_at AND created_at <= NEW.created_at + 7776000000;
END;

CREATE TRIGGER cases_repeat_update AFTER UPDATE OF status, reporter_id, place_key, created_at ON cases
WHEN OLD.reporter_id IS NOT NEW.reporter_id OR OLD.place_key IS NOT NEW.place_key
  OR OLD.created_at IS NOT NEW.created_at
  OR (OLD.status IN ('voided', 'merged')) <> (NEW.status IN ('voided', 'merged'))
BEGIN
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE id = NEW.id;
    -- The cases after it that it made repeats may have lost their earlier case ...
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE is_repeat = 1 AND reporter_id = OLD.reporter_id
      AND created_at > OLD.created_at AND created_at <= OLD.created_at + 7776000000;
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE OLD.place_key <> '' AND is_repeat = 1 AND place_key = OLD.place_key
      AND created_at > OLD.created_at AND created_at <= OLD.created_at + 7776000000;
    -- ... and as it is now it makes repeats of the cases after it.
    UPDATE cases SET is_repeat = 1
    WHERE NEW.status NOT IN ('voided', 'merged') AND is_repeat = 0 AND reporter_id = NEW.reporter_id
      AND created_at > NEW.created_at AND created_at <= NEW.created_at + 7776000000;
    UPDATE cases SET is_repeat = 1
    WHERE NEW.status NOT IN ('voided', 'merged') AND NEW.place_key <> '' AND is_repeat = 0
      AND place_key = NEW.place_key AND created_at > NEW.created_at AND created_at <= NEW.created_at + 7776000000;
END;

CREATE TRIGGER cases_repeat_delete AFTER DELETE ON cases
BEGIN
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE is_repeat = 1 AND reporter_id = OLD.reporter_id
      AND created_at > OLD.created_at AND created_at <= OLD.created_at + 7776000000;
    UPDATE cases SET is_repeat = (
    (reporter_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases p WHERE p.reporter_id = cases.reporter_id
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged')))
    OR (place_key IS NOT NULL AND place_key <> '' AND EXISTS (SELECT 1 FROM cases p WHERE p.place_key = cases.place_key
        AND p.created_at < cases.created_at AND p.created_at >= cases.created_at - 7776000000
        AND p.status NOT IN ('voided', 'merged'))))
    WHERE OLD.place_key <> '' AND is_repeat = 1 AND place_key = OLD.place_key
      AND created_at > OLD.created_at AND created_at <= OLD.created_at + 7776000000;
END;

-- Registered in the period: received, by category / demand type / state, satisfaction,
-- escalation, repeats.
CREATE INDEX stats_created ON cases(created_at, status, category_code, demand_type, assignee_id,
                                    satisfaction, escalation_level, is_repeat, village_code);

-- Resolved in the period: resolved, on time, the handling time; and the backlog's cases
-- resolved after its day. Replaces cases_resolved of version 8 (same leading column).
DROP INDEX cases_resolved;
CREATE INDEX stats_resolved ON cases(resolved_at, status, deadline_at, created_at, closed_at, category_code,
                                     assignee_id, village_code) WHERE resolved_at IS NOT NULL;

-- Missed deadlines: the deadline's day in the period. Only the cases that missed their
-- deadline or may still miss it (not resolved by it; rejected cases are never overdue):
-- the others, most cases, are left out. Its WHERE is written as the figure's (statsqueries.cpp).
-- (status and resolved_at: SQLite reads a partial index alone only when it holds every
-- column the statement names, those of its WHERE too.)
CREATE INDEX stats_deadline ON cases(deadline_at, status, resolved_at, category_code, assignee_id, village_code)
    WHERE status NOT IN ('voided', 'merged', 'rejected') AND (resolved_at IS NULL OR resolved_at > deadline_at);

-- The backlog at a day: the cases open now (few, whatever the office's age) ...
-- (resolved_at and closed_at, NULL here, cost a byte each and let SQLite read the index alone.)
CREATE INDEX stats_open ON cases(created_at, status, category_code, assignee_id, village_code, resolved_at, closed_at)
    WHERE resolved_at IS NULL AND closed_at IS NULL;
-- ... and those closed without a resolution (rejected, voided, merged) after the day.
CREATE INDEX stats_closed_unresolved ON cases(closed_at, created_at, status, category_code, assignee_id, village_code,
                                              resolved_at) WHERE resolved_at IS NULL AND closed_at IS NOT NULL;


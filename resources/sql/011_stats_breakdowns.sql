-- Xiangzhi schema, version 11: the monthly chart and the breakdowns at a million cases
-- (docs/statistics.md, "How it is computed"; bench/README.md, "Statistics").

-- Breakdowns (by category, demand type, state, satisfaction): one index per column counted
-- by, LED by it, then the registration instant, then the filters. Each value's cases of the
-- period are one range (value, [start, end)) counted in order; the values themselves are
-- found by stepping from one to the next (a seek each). With stats_created (version 9) the
-- count needed a GROUP BY, which sorts one key per case of the period.
CREATE INDEX stats_by_category ON cases(category_code, created_at, status, assignee_id, village_code);
CREATE INDEX stats_by_demand_type ON cases(demand_type, created_at, status, category_code, assignee_id, village_code);
CREATE INDEX stats_by_status ON cases(status, created_at, category_code, assignee_id, village_code);
CREATE INDEX stats_by_satisfaction ON cases(satisfaction, created_at, status, category_code, assignee_id, village_code)
    WHERE satisfaction IS NOT NULL;

-- The monthly chart (received, resolved, resolved on time): counts per China day (UTC+8:
-- (instant + 28,800,000) / 86,400,000, days since 1970) and per village, category and
-- assignee, the dashboard's filters. A month's figure adds up its days' rows, far fewer
-- than its cases. Kept exact by the triggers below whenever a case is added or removed or
-- changes a column the figures read; the definitions are those of docs/statistics.md:
--   received:          countable (not voided, not merged), on the day of created_at;
--   resolved:          countable and resolved, on the day of resolved_at;
--   resolved_on_time:  of those, resolved_at <= deadline_at.
-- assignee_id is '' for none (a primary key with NULL would not merge the rows).
-- Rows that drop to zero are left: they add nothing.
CREATE TABLE stats_day (
    day              INTEGER NOT NULL,
    village_code     TEXT NOT NULL,
    category_code    TEXT NOT NULL,
    assignee_id      TEXT NOT NULL,
    received         INTEGER NOT NULL DEFAULT 0,
    resolved         INTEGER NOT NULL DEFAULT 0,
    resolved_on_time INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, village_code, category_code, assignee_id)
) WITHOUT ROWID;

INSERT INTO stats_day(day, village_code, category_code, assignee_id, received, resolved, resolved_on_time)
SELECT day, village_code, category_code, assignee_id, sum(received), sum(resolved), sum(on_time) FROM (
    SELECT (created_at + 28800000) / 86400000 AS day, village_code, category_code, coalesce(assignee_id, '') AS assignee_id,
           1 AS received, 0 AS resolved, 0 AS on_time
    FROM cases WHERE status NOT IN ('voided', 'merged')
    UNION ALL
    SELECT (resolved_at + 28800000) / 86400000, village_code, category_code, coalesce(assignee_id, ''),
           0, 1, coalesce(resolved_at <= deadline_at, 0)
    FROM cases WHERE status NOT IN ('voided', 'merged') AND resolved_at IS NOT NULL)
GROUP BY 1, 2, 3, 4;

CREATE TRIGGER stats_day_insert AFTER INSERT ON cases
WHEN NEW.status NOT IN ('voided', 'merged')
BEGIN
    INSERT INTO stats_day(day, village_code, category_code, assignee_id, received)
    VALUES ((NEW.created_at + 28800000) / 86400000, NEW.village_code, NEW.category_code, coalesce(NEW.assignee_id, ''), 1)
    ON CONFLICT DO UPDATE SET received = received + 1;
    INSERT INTO stats_day(day, village_code, category_code, assignee_id, resolved, resolved_on_time)
    SELECT (NEW.resolved_at + 28800000) / 86400000, NEW.village_code, NEW.category_code, coalesce(NEW.assignee_id, ''),
           1, coalesce(NEW.resolved_at <= NEW.deadline_at, 0)
    WHERE NEW.resolved_at IS NOT NULL
    ON CONFLICT DO UPDATE SET resolved = resolved + 1, resolved_on_time = resolved_on_time + excluded.resolved_on_time;
END;

CREATE TRIGGER stats_day_delete AFTER DELETE ON cases
WHEN OLD.status NOT IN ('voided', 'merged')
BEGIN
    UPDATE stats_day SET received = received - 1
    WHERE day = (OLD.created_at + 28800000) / 86400000 AND village_code = OLD.village_code
      AND category_code = OLD.category_code AND assignee_id = coalesce(OLD.assignee_id, '');
    UPDATE stats_day SET resolved = resolved - 1,
                         resolved_on_time = resolved_on_time - coalesce(OLD.resolved_at <= OLD.deadline_at, 0)
    WHERE OLD.resolved_at IS NOT NULL AND day = (OLD.resolved_at + 28800000) / 86400000
      AND village_code = OLD.village_code AND category_code = OLD.category_code
      AND assignee_id = coalesce(OLD.assignee_id, '');
END;

-- An update that changes what the rows count: the old case's counts out, the new one's in.
CREATE TRIGGER stats_day_update AFTER UPDATE OF status, created_at, resolved_at, deadline_at, category_code,
                                                assignee_id, village_code ON cases
WHEN (OLD.status IN ('voided', 'merged')) <> (NEW.status IN ('voided', 'merged'))
  OR OLD.created_at IS NOT NEW.created_at OR OLD.resolved_at IS NOT NEW.resolved_at
  OR OLD.deadline_at IS NOT NEW.deadline_at OR OLD.category_code IS NOT NEW.category_code
  OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.village_code IS NOT NEW.village_code
BEGIN
    UPDATE stats_day SET received = received - 1
    WHERE OLD.status NOT IN ('voided', 'merged') AND day = (OLD.created_at + 28800000) / 86400000
      AND village_code = OLD.village_code AND category_code = OLD.category_code
      AND assignee_id = coalesce(OLD.assignee_id, '');
    UPDATE stats_day SET resolved = resolved - 1,
                         resolved_on_time = resolved_on_time - coalesce(OLD.resolved_at <= OLD.deadline_at, 0)
    WHERE OLD.status NOT IN ('voided', 'merged') AND OLD.resolved_at IS NOT NULL
      AND day = (OLD.resolved_at + 28800000) / 86400000 AND village_code = OLD.village_code
      AND category_code = OLD.category_code AND assignee_id = coalesce(OLD.assignee_id, '');
    INSERT INTO stats_day(day, village_code, category_code, assignee_id, received)
    SELECT (NEW.created_at + 28800000) / 86400000, NEW.village_code, NEW.category_code, coalesce(NEW.assignee_id, ''), 1
    WHERE NEW.status NOT IN ('voided', 'merged')
    ON CONFLICT DO UPDATE SET received = received + 1;
    INSERT INTO stats_day(day, village_code, category_code, assignee_id, resolved, resolved_on_time)
    SELECT (NEW.resolved_at + 28800000) / 86400000, NEW.village_code, NEW.category_code, coalesce(NEW.assignee_id, ''),
           1, coalesce(NEW.resolved_at <= NEW.deadline_at, 0)
    WHERE NEW.status NOT IN ('voided', 'merged') AND NEW.resolved_at IS NOT NULL
    ON CONFLICT DO UPDATE SET resolved = resolved + 1, resolved_on_time = resolved_on_time + excluded.resolved_on_time;
END;

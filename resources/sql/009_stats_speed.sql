-- Xiangzhi schema, version 9: the statistics at a million cases (docs/statistics.md,
-- "How it is computed"; bench/README.md, "Statistics").
-- Each figure selects the cases of a period by one instant and then counts by, or filters
-- on, a few short columns. Without these indexes every case of the period is looked up in
-- the table (a 12-month period at a county's million cases: some 700,000 lookups). With
-- them each figure reads one range of one index and never the table. The filters the
-- dashboard offers (category, assignee, village) are in each index, after the columns a
-- figure counts by.

-- Registered in the period: received, by category / demand type / state, satisfaction,
-- escalation, and the outer side of the repeats.
CREATE INDEX stats_created ON cases(created_at, status, category_code, demand_type, assignee_id,
                                    satisfaction, escalation_level, village_code);

-- Resolved in the period: resolved, on time, the handling time; and the backlog's cases
-- resolved after its day. Replaces cases_resolved of version 8 (same leading column).
DROP INDEX cases_resolved;
CREATE INDEX stats_resolved ON cases(resolved_at, status, deadline_at, created_at, closed_at, category_code,
                                     assignee_id, village_code) WHERE resolved_at IS NOT NULL;

-- Missed deadlines: the deadline's day in the period.
CREATE INDEX stats_deadline ON cases(deadline_at, status, resolved_at, category_code, assignee_id, village_code)
    WHERE deadline_at IS NOT NULL;

-- The backlog at a day: the cases open now (few, whatever the office's age) ...
-- (resolved_at and closed_at, NULL here, cost a byte each and let SQLite read the index alone.)
CREATE INDEX stats_open ON cases(created_at, status, category_code, assignee_id, village_code, resolved_at, closed_at)
    WHERE resolved_at IS NULL AND closed_at IS NULL;
-- ... and those closed without a resolution (rejected, voided, merged) after the day.
CREATE INDEX stats_closed_unresolved ON cases(closed_at, created_at, status, category_code, assignee_id, village_code,
                                              resolved_at) WHERE resolved_at IS NULL AND closed_at IS NOT NULL;

-- Repeats: the earlier case of the same resident or place, without a lookup of its state.
-- Both replace an index of the same name and leading columns (versions 1 and 3).
DROP INDEX cases_reporter;
CREATE INDEX cases_reporter ON cases(reporter_id, created_at, status);
DROP INDEX cases_place;
CREATE INDEX cases_place ON cases(place_key, created_at, status) WHERE place_key IS NOT NULL;

-- Xiangzhi schema, version 8: statistics (core/stats/statsqueries.h, docs/statistics.md).
-- "Resolved per month", the on-time rate and the handling time select cases by the
-- instant they were resolved; without this index each of them scans every case.
CREATE INDEX cases_resolved ON cases(resolved_at) WHERE resolved_at IS NOT NULL;

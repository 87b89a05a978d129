-- Xiangzhi schema, version 2.
-- Sorting the case list by status pages through (status, id); the index of version 1
-- starts (status, deadline_at, id) and cannot serve ORDER BY status, id.
CREATE INDEX cases_status_id ON cases(status, id);

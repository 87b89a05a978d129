-- Xiangzhi schema, version 1.
-- Times are INTEGER milliseconds since the Unix epoch (UTC): fast to compare, sort and
-- page. Ids are UUIDv7 text made on the PC. `cases` is the projection of `case_events`.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('grid_worker', 'cadre', 'secretary', 'supervisor')),
    active        INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT,
    created_at    INTEGER NOT NULL
);

-- One shared table of residents: entered once, referred to by every case.
CREATE TABLE residents (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    id_number      TEXT,
    phone          TEXT,
    gender         TEXT,
    ethnicity      TEXT,           -- GB/T 3304 two-digit code
    language       TEXT,           -- preferred language: zh, ii, bo …
    villager_group TEXT,
    address        TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX residents_id_number ON residents(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX residents_name ON residents(name);
CREATE INDEX residents_phone ON residents(phone) WHERE phone IS NOT NULL;

-- The two-level category tree, seeded from resources/config/categories.json.
CREATE TABLE categories (
    code        TEXT PRIMARY KEY,
    parent_code TEXT REFERENCES categories(code),
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cases (
    id               TEXT PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    village_code     TEXT NOT NULL CHECK (length(village_code) = 12),
    channel          TEXT NOT NULL,
    demand_type      TEXT NOT NULL,
    category_code    TEXT NOT NULL,
    urgency          TEXT NOT NULL,
    villager_group   TEXT NOT NULL DEFAULT '',
    grid             TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    reporter_id      TEXT REFERENCES residents(id),
    reporter_name    TEXT NOT NULL DEFAULT '',   -- projection, kept in step with residents
    title            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    assignee_id      TEXT REFERENCES users(id),
    assignee_name    TEXT NOT NULL DEFAULT '',   -- projection, kept in step with users
    deadline_at      INTEGER,
    extension_days   INTEGER NOT NULL DEFAULT 0,
    pending_extension_days   INTEGER,
    pending_extension_reason TEXT,
    escalation_level TEXT,
    escalation_reason TEXT,
    escalation_reply TEXT,
    result           TEXT,
    callback_result  TEXT,
    satisfaction     TEXT,
    reason           TEXT,                       -- rejection or void reason
    merged_into      TEXT REFERENCES cases(id),
    created_by       TEXT NOT NULL REFERENCES users(id),
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    resolved_at      INTEGER,
    closed_at        INTEGER,
    event_count      INTEGER NOT NULL DEFAULT 0
);
-- Keyset paging needs an index per sortable column, ending in id as the tie-breaker.
CREATE INDEX cases_created   ON cases(created_at, id);
CREATE INDEX cases_updated   ON cases(updated_at, id);
CREATE INDEX cases_deadline  ON cases(deadline_at, id);
CREATE INDEX cases_status    ON cases(status, deadline_at, id);
CREATE INDEX cases_category  ON cases(category_code, id);
CREATE INDEX cases_demand    ON cases(demand_type, id);
CREATE INDEX cases_urgency   ON cases(urgency, id);
CREATE INDEX cases_title     ON cases(title, id);
CREATE INDEX cases_reporter_name ON cases(reporter_name, id);
CREATE INDEX cases_assignee_name ON cases(assignee_name, id);
CREATE INDEX cases_group     ON cases(villager_group, id);
CREATE INDEX cases_assignee  ON cases(assignee_id, status);
CREATE INDEX cases_reporter  ON cases(reporter_id, created_at);

-- Every change to a case, immutable; the unit of sync.
CREATE TABLE case_events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    case_id     TEXT NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED, -- the event is written before its projection
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    payload     TEXT NOT NULL DEFAULT '{}',
    note        TEXT NOT NULL DEFAULT '',
    actor_id    TEXT NOT NULL REFERENCES users(id),
    actor_name  TEXT NOT NULL DEFAULT '',
    device_time INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    hub_seq     INTEGER,
    hub_received_at INTEGER
);
CREATE INDEX case_events_case ON case_events(case_id, seq);

CREATE TRIGGER case_events_no_update BEFORE UPDATE OF id, case_id, kind, from_status, to_status,
    payload, note, actor_id, device_time, device_id ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case events are immutable');
END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN
    SELECT RAISE(ABORT, 'case events are immutable');
END;

-- Events waiting to go to the county hub.
CREATE TABLE outbox (
    event_id  TEXT PRIMARY KEY REFERENCES case_events(id),
    queued_at INTEGER NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 0,
    batch_id  TEXT
) WITHOUT ROWID;

-- The tamper-evident audit log: each record holds the SHA-256 of its predecessor and of
-- its own canonical content. audit_head holds the newest link, so that a removed last
-- record is noticed too.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor_id    TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT 'ok',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_actor ON audit_log(actor_id, at);
CREATE INDEX audit_at ON audit_log(at);

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
INSERT INTO audit_head(id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

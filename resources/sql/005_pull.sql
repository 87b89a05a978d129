-- Xiangzhi schema, version 5: what the village pulls from the county hub
-- (GET /api/v1/events, docs/sync-protocol.md).

-- A county event that the case's state here does not allow (the village resolved the case
-- while the county reassigned it) is kept in the case's history but changes nothing:
-- the case is flagged so that a person looks at it. conflict_event_id names the event.
ALTER TABLE cases ADD COLUMN conflict_at INTEGER;
ALTER TABLE cases ADD COLUMN conflict_event_id TEXT;
CREATE INDEX cases_conflict ON cases(conflict_at) WHERE conflict_at IS NOT NULL;

-- County staff who acted on this village's cases. Events name their actor (a foreign key
-- to users), so a county actor gets a row here: never active, no password, and left out
-- of the office's account list.
ALTER TABLE users ADD COLUMN county INTEGER NOT NULL DEFAULT 0;

-- Pulled events about a case this office does not have (e.g. sent by another PC of the
-- village that this one never saw): kept as the hub sent them, not applied.
CREATE TABLE pulled_aside (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    hub_seq     INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    body        TEXT NOT NULL,
    pulled_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX pulled_aside_case ON pulled_aside(case_id);

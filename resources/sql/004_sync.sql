-- Xiangzhi schema, version 4: the village side of sync with the county hub
-- (docs/sync-protocol.md).

-- An outbox row belongs to at most one unacknowledged batch. content_hash is the SHA-256
-- of the event as it went into that batch: a retry re-sends the same batch id only with
-- the same content, and a reply about content that has changed since (anonymisation)
-- does not mark the new content synced.
ALTER TABLE outbox ADD COLUMN content_hash TEXT;

-- A rejected event is parked with the hub's reason: kept, shown in the status, and left
-- out of later batches, so that it neither blocks the others nor is retried forever.
ALTER TABLE outbox ADD COLUMN rejected_code TEXT;
ALTER TABLE outbox ADD COLUMN rejected_message TEXT;
ALTER TABLE outbox ADD COLUMN rejected_at INTEGER;
CREATE INDEX outbox_batch ON outbox(batch_id) WHERE batch_id IS NOT NULL;

-- The status counts events the hub has numbered; the index keeps that count off the table.
CREATE INDEX case_events_hub_seq ON case_events(hub_seq) WHERE hub_seq IS NOT NULL;

-- One row: when sync last ran, succeeded and failed, and where the pull feed continues.
CREATE TABLE sync_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    last_attempt_at    INTEGER,
    last_success_at    INTEGER,
    last_error_at      INTEGER,
    last_error_code    TEXT,
    last_error_message TEXT,
    pull_cursor        INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state(id) VALUES (1);

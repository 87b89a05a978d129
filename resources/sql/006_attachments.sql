-- Xiangzhi schema, version 6: photos and scans attached to cases, kept inside the office's
-- database so that every backup (VACUUM INTO) carries them.

-- One row per distinct content, named by its SHA-256: the same photo attached twice is
-- stored once. uploaded_at is set when the county hub holds it whole
-- (docs/sync-protocol.md, "Blobs"); until then it counts as waiting to be sent.
CREATE TABLE attachment_blobs (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL CHECK (size > 0),
    mime        TEXT NOT NULL,
    stored_at   INTEGER NOT NULL,
    uploaded_at INTEGER
) WITHOUT ROWID;
CREATE INDEX attachment_blobs_waiting ON attachment_blobs(stored_at) WHERE uploaded_at IS NULL;

-- The content in pieces of a fixed size (AttachmentStore::kChunkBytes), piece `idx` holding
-- bytes [idx × size, (idx + 1) × size): no statement reads or writes a whole large file.
-- A rowid table, so that the big values sit in the table and not in an index b-tree.
CREATE TABLE attachment_chunks (
    sha256 TEXT NOT NULL REFERENCES attachment_blobs(sha256) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    data   BLOB NOT NULL
);
CREATE UNIQUE INDEX attachment_chunks_piece ON attachment_chunks(sha256, idx);

-- Which case holds which file: the projection of the case's `attach` events (the event
-- payload is the record; this table is what the case screen lists). removed_at is set
-- when the case was anonymised: the file name is replaced and the content is gone.
CREATE TABLE case_attachments (
    event_id   TEXT PRIMARY KEY REFERENCES case_events(id),
    case_id    TEXT NOT NULL REFERENCES cases(id),
    sha256     TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    added_at   INTEGER NOT NULL,
    actor_name TEXT NOT NULL,
    removed_at INTEGER
);
CREATE INDEX case_attachments_case ON case_attachments(case_id, added_at);
CREATE INDEX case_attachments_sha ON case_attachments(sha256);

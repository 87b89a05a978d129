-- Xiangzhi schema, version 3: account lockout, password resets, and the retention of
-- residents' personal information (PIPL, GB/T 35273).

-- Five wrong passwords lock an account for a while; a reset password must be changed.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;             -- ms; no login before this
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at INTEGER;
ALTER TABLE users ADD COLUMN last_login_at INTEGER;

-- Anonymised records keep their ids, states, dates and codes, so every statistic stays
-- the same; their names, numbers and addresses are gone.
ALTER TABLE cases ADD COLUMN anonymised_at INTEGER;
ALTER TABLE residents ADD COLUMN anonymised_at INTEGER;

-- "Same place" for repeat cases compares this key, not the address text: the key is a
-- hash of village, villager group and address, and survives the address's anonymisation.
-- It is filled for existing cases by the program right after this step.
ALTER TABLE cases ADD COLUMN place_key TEXT;
CREATE INDEX cases_place ON cases(place_key, created_at) WHERE place_key IS NOT NULL;

-- The retention sweep looks for closed cases by the time they were closed.
CREATE INDEX cases_closed ON cases(closed_at) WHERE closed_at IS NOT NULL;

-- Events stay immutable, with one exception: anonymisation may rewrite the payload and
-- note of the case named in the 'anonymising' setting, inside its own transaction.
DROP TRIGGER case_events_no_update;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OF id, case_id, kind, from_status, to_status,
    payload, note, actor_id, device_time, device_id ON case_events
WHEN NOT (NEW.id IS OLD.id AND NEW.case_id IS OLD.case_id AND NEW.kind IS OLD.kind
          AND NEW.from_status IS OLD.from_status AND NEW.to_status IS OLD.to_status
          AND NEW.actor_id IS OLD.actor_id AND NEW.device_time IS OLD.device_time
          AND NEW.device_id IS OLD.device_id
          AND EXISTS (SELECT 1 FROM settings WHERE key = 'anonymising' AND value = OLD.case_id))
BEGIN
    SELECT RAISE(ABORT, 'case events are immutable');
END;

-- The audit viewer filters by action and action group ("case.*" is a key range).
CREATE INDEX audit_action ON audit_log(action, seq);

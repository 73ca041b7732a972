-- Limits that hold across processes and isolates: sign-in attempts and writes are counted here,
-- in fixed windows (one row per key, its window starting at the key's first event), so every Node process on one file and every Worker isolate on one D1 database
-- shares one budget. Keys are SHA-256 hashes: no usernames or client addresses are stored.
-- Rows outlive their window by nothing: housekeeping deletes them once `expires_at` has passed.

CREATE TABLE rate_limits (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  count INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (scope, key_hash)
);

CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

-- Housekeeping purges expired sessions by this index instead of reading every session.
CREATE INDEX sessions_expiry ON sessions (expires_at);

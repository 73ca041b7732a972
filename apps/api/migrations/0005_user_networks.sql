-- Least privilege: a user may be limited to named networks (a network's coordinator edits only
-- theirs). A user without rows here is not limited. No foreign key to networks: a limit may name
-- a network that is deleted later, and must never block deleting it.

CREATE TABLE user_networks (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  network_id TEXT NOT NULL,
  PRIMARY KEY (user_id, network_id)
);

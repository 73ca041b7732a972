-- Verkosto schema, version 1. Runs on SQLite (node:sqlite) and on Cloudflare D1.
-- Each entity keeps its full JSON in `data` (the shared dataset format) and the fields the
-- database enforces as columns: keys, references, uniqueness and date checks.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

INSERT INTO meta (key, value) VALUES ('data_version', '1');

-- Statistics Finland's municipalities, for foreign keys; seeded from @verkosto/data.
CREATE TABLE municipalities (
  code TEXT PRIMARY KEY CHECK (length(code) = 3 AND code GLOB '[0-9][0-9][0-9]'),
  name_fi TEXT NOT NULL,
  name_sv TEXT NOT NULL,
  valid_from TEXT,
  valid_to TEXT,
  merged_into TEXT
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE networks (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE periods (
  id TEXT PRIMARY KEY,
  network_id TEXT NOT NULL REFERENCES networks (id),
  ordinal INTEGER NOT NULL CHECK (ordinal >= 1),
  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  end_date TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT,
  CHECK (end_date > start_date)
);

CREATE UNIQUE INDEX periods_network_ordinal ON periods (network_id, ordinal) WHERE deleted_at IS NULL;

CREATE TABLE themes (
  id TEXT PRIMARY KEY,
  period_id TEXT NOT NULL REFERENCES periods (id),
  slug TEXT NOT NULL,
  parent_id TEXT REFERENCES themes (id),
  continues_theme_id TEXT REFERENCES themes (id),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
);

CREATE UNIQUE INDEX themes_period_slug ON themes (period_id, slug);
CREATE INDEX themes_period ON themes (period_id);

CREATE TABLE participations (
  period_id TEXT NOT NULL REFERENCES periods (id),
  municipality_code TEXT NOT NULL REFERENCES municipalities (code),
  role TEXT NOT NULL,
  joined_on TEXT CHECK (joined_on IS NULL OR joined_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  left_on TEXT CHECK (left_on IS NULL OR left_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (period_id, municipality_code),
  CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);

-- Verkosto schema, version 7: what a network does (activities) and each period's programme.
-- Activities keep their JSON in `data` like every entity; the columns are what lists, filters
-- and the workshop quota check read by index (store/entities.ts names the indexes). An
-- activity's themes are also rows of `activity_themes`, kept by triggers from `data`, so that a
-- list filtered by theme reads that theme's activities only.

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  period_id TEXT NOT NULL REFERENCES periods (id),
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
  start_at TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'),
  end_at TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'),
  municipality_code TEXT REFERENCES municipalities (code),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (end_at >= start_at)
);

-- A period's programme in order (the keyset of its list), by kind, and a member's workshops.
CREATE INDEX activities_period_start ON activities (period_id, start_at, id);
CREATE INDEX activities_period_kind ON activities (period_id, kind, start_at, id);
CREATE INDEX activities_period_municipality ON activities (period_id, municipality_code, start_at, id);

CREATE TABLE activity_themes (
  activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  theme_id TEXT NOT NULL REFERENCES themes (id),
  PRIMARY KEY (theme_id, activity_id)
);

CREATE INDEX activity_themes_activity ON activity_themes (activity_id);

CREATE TRIGGER activities_themes_insert AFTER INSERT ON activities
BEGIN
  INSERT INTO activity_themes (activity_id, theme_id)
    SELECT DISTINCT NEW.id, value FROM json_each(NEW.data, '$.themeIds');
END;

CREATE TRIGGER activities_themes_update AFTER UPDATE OF data ON activities
BEGIN
  DELETE FROM activity_themes WHERE activity_id = OLD.id;
  INSERT INTO activity_themes (activity_id, theme_id)
    SELECT DISTINCT NEW.id, value FROM json_each(NEW.data, '$.themeIds');
END;

CREATE TABLE programmes (
  period_id TEXT PRIMARY KEY REFERENCES periods (id),
  data TEXT NOT NULL CHECK (json_valid(data)),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

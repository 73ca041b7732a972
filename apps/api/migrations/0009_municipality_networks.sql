-- Verkosto schema, version 9: a municipality's memberships are found through the networks it has
-- members in, not through an index of every membership by municipality.
--
-- An index led by the municipality is written at ~300 places by an import (one per member
-- municipality), each in the middle of its B-tree, where SQLite rebalances pages: it was more
-- than half of a 250 000-row import onto a million (bench/RESULTS.md, Scale). This table has a
-- row per municipality and network instead — a few hundred an import — and
-- `GET /v1/municipalities/{code}` reads the municipality's networks, their live periods and one
-- key of `participations` each: what the municipality's networks hold, not what is stored.
--
-- It is a superset: every membership's (municipality, network) is here. Inserts of members add
-- their rows in the same batch (store/entities.ts, `participations.afterInsert`: one statement a
-- batch), and the trigger below adds a period's members when it moves to another network. A row
-- whose memberships were removed stays, and costs the read only its network's periods.

DROP INDEX participations_municipality;

CREATE TABLE municipality_networks (
  municipality_code TEXT NOT NULL,
  network_id TEXT NOT NULL,
  PRIMARY KEY (municipality_code, network_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO municipality_networks (municipality_code, network_id)
  SELECT pa.municipality_code, pe.network_id
  FROM participations pa JOIN periods pe ON pe.id = pa.period_id;

CREATE TRIGGER periods_move_members AFTER UPDATE OF network_id ON periods
  WHEN NEW.network_id IS NOT OLD.network_id
BEGIN
  INSERT OR IGNORE INTO municipality_networks (municipality_code, network_id)
    SELECT municipality_code, NEW.network_id FROM participations WHERE period_id = NEW.id;
END;

import type { Municipality, Network, Participation, Period, Source, Theme } from '@verkosto/core';
import type { SqlDatabase, SqlStatement } from '../db/driver.ts';

/** INSERT statements for each entity: the JSON in `data`, the enforced fields as columns. */
export const insert = {
  source: (db: SqlDatabase, s: Source) =>
    db.prepare('INSERT INTO sources (id, data) VALUES (?, ?)').bind(s.id, JSON.stringify(s)),
  network: (db: SqlDatabase, n: Network) =>
    db.prepare('INSERT INTO networks (id, data) VALUES (?, ?)').bind(n.id, JSON.stringify(n)),
  period: (db: SqlDatabase, p: Period) =>
    db
      .prepare(
        'INSERT INTO periods (id, network_id, ordinal, start_date, end_date, data) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .bind(p.id, p.networkId, p.ordinal, p.startDate, p.endDate, JSON.stringify(p)),
  theme: (db: SqlDatabase, t: Theme) =>
    db
      .prepare(
        'INSERT INTO themes (id, period_id, slug, parent_id, continues_theme_id, data) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .bind(
        t.id,
        t.periodId,
        t.slug,
        t.parentId ?? null,
        t.continuesThemeId ?? null,
        JSON.stringify(t),
      ),
  participation: (db: SqlDatabase, p: Participation) =>
    db
      .prepare(
        'INSERT INTO participations (period_id, municipality_code, role, joined_on, left_on, data) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .bind(
        p.periodId,
        p.municipalityCode,
        p.role,
        p.joinedOn ?? null,
        p.leftOn ?? null,
        JSON.stringify(p),
      ),
  municipality: (db: SqlDatabase, m: Municipality) =>
    db
      .prepare(
        'INSERT INTO municipalities (code, name_fi, name_sv, valid_from, valid_to, merged_into, region_code) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (code) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, valid_from = excluded.valid_from, valid_to = excluded.valid_to, merged_into = excluded.merged_into, region_code = excluded.region_code',
      )
      .bind(m.code, m.name.fi, m.name.sv, m.validFrom, m.validTo, m.mergedInto, m.regionCode),
} satisfies Record<string, (db: SqlDatabase, value: never) => SqlStatement>;

/** Bumps the data version in the same transaction as a write, so caches everywhere see it. */
export const bumpVersion = (db: SqlDatabase) =>
  db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'");

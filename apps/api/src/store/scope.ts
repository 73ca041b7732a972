import { DATASET_FORMAT_VERSION, type Dataset, parseParticipationKey } from '@verkosto/core';
import type { WriteScope } from '@verkosto/validation';
import type { SqlDatabase, SqlValue } from '../db/driver.ts';

type Row = { data: string };
const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const parse = <T>(rows: Row[]) => rows.map((row) => JSON.parse(row.data) as T);

/**
 * `periodId/code` keys as one condition per period on (period_id, municipality_code): each an
 * indexed range of the participations' key or of `activities_period_municipality`.
 */
function byPeriodAndCode(keys: readonly string[]): { sql: string[]; values: SqlValue[] } {
  const codes = new Map<string, string[]>();
  for (const key of keys) {
    const parsed = parseParticipationKey(key);
    if (!parsed) continue;
    codes.set(parsed.periodId, [...(codes.get(parsed.periodId) ?? []), parsed.municipalityCode]);
  }
  const sql: string[] = [];
  const values: SqlValue[] = [];
  for (const [periodId, list] of codes) {
    sql.push(`(period_id = ? AND municipality_code IN (${marks(list)}))`);
    values.push(periodId, ...list);
  }
  return { sql, values };
}

/** `column IN (…)` for a non-empty list, as one of a query's alternatives. */
function anyOf(column: string, list: readonly string[]): { sql: string[]; values: SqlValue[] } {
  return list.length
    ? { sql: [`${column} IN (${marks(list)})`], values: [...list] }
    : { sql: [], values: [] };
}

/** Alternatives joined by OR (SQLite reads each by its index), or nothing when there are none. */
function either(...parts: Array<{ sql: string[]; values: SqlValue[] }>) {
  const sql = parts.flatMap((p) => p.sql);
  return sql.length
    ? { where: `(${sql.join(' OR ')})`, values: parts.flatMap((p) => p.values) }
    : undefined;
}

/**
 * The live data in a write's scope (@verkosto/validation's `writeScope`), by indexed lookups:
 * exactly what `selectScope` picks from the whole dataset, in the same order, without reading
 * anything else. Subqueries rather than long parameter lists: D1 binds at most 100 values.
 */
export async function loadScope(db: SqlDatabase, scope: WriteScope): Promise<Dataset> {
  const all = <T>(sql: string, values: SqlValue[] = []) =>
    db
      .prepare(sql)
      .bind(...values)
      .all<T>()
      .then((r) => r.results);
  const livePeriod = 'SELECT id FROM periods WHERE deleted_at IS NULL';
  // A keyed lookup of each row's period, not a scan of every live period.
  const live = (table: string) =>
    `EXISTS (SELECT 1 FROM periods p WHERE p.id = ${table}.period_id AND p.deleted_at IS NULL)`;

  const themesByKey = scope.themes.length
    ? await all<Row & { period_id: string; rowid: number }>(
        `SELECT t.rowid, t.data, t.period_id FROM themes t WHERE t.id IN (${marks(scope.themes)}) AND t.deleted_at IS NULL AND t.period_id IN (${livePeriod})`,
        scope.themes,
      )
    : [];
  const periodKeys = [
    ...new Set([...scope.periods, ...scope.activitiesOf, ...themesByKey.map((t) => t.period_id)]),
  ];
  const periodsByKey = periodKeys.length
    ? await all<Row & { id: string; network_id: string }>(
        `SELECT id, network_id, data FROM periods WHERE id IN (${marks(periodKeys)}) AND deleted_at IS NULL`,
        periodKeys,
      )
    : [];
  const ofPeriods = [
    ...new Set([...scope.networksOfPeriods, ...themesByKey.map((t) => t.period_id)]),
  ];
  const networksOfPeriods = ofPeriods.length
    ? await all<{ network_id: string }>(
        `SELECT DISTINCT network_id FROM periods WHERE id IN (${marks(ofPeriods)}) AND deleted_at IS NULL`,
        ofPeriods,
      )
    : [];
  const whole = [...new Set([...scope.networks, ...networksOfPeriods.map((p) => p.network_id)])];
  const periodsOfNetworks = whole.length
    ? await all<Row & { id: string; network_id: string }>(
        `SELECT id, network_id, data FROM periods WHERE network_id IN (${marks(whole)}) AND deleted_at IS NULL`,
        whole,
      )
    : [];
  const periods = new Map<string, Row & { network_id: string; ordinal: number }>();
  for (const p of [...periodsByKey, ...periodsOfNetworks])
    periods.set(p.id, { ...p, ordinal: (JSON.parse(p.data) as { ordinal: number }).ordinal });

  const activityPeriods = scope.activitiesOf;
  const themesOfPeriods = activityPeriods.length
    ? await all<Row & { rowid: number }>(
        `SELECT rowid, data FROM themes WHERE deleted_at IS NULL AND period_id IN (${marks(activityPeriods)}) AND period_id IN (${livePeriod})`,
        activityPeriods,
      )
    : [];
  const themesOfNetworks = whole.length
    ? await all<Row & { rowid: number }>(
        `SELECT rowid, data FROM themes WHERE deleted_at IS NULL AND period_id IN (SELECT id FROM periods WHERE network_id IN (${marks(whole)}) AND deleted_at IS NULL)`,
        whole,
      )
    : [];
  const themes = new Map<number, Row>();
  for (const t of [...themesByKey, ...themesOfPeriods, ...themesOfNetworks]) themes.set(t.rowid, t);

  const networkIds = [...new Set([...whole, ...[...periods.values()].map((p) => p.network_id)])];
  const memberRows = either(
    anyOf('period_id', scope.membersOf),
    byPeriodAndCode(scope.members ?? []),
  );
  // An activity by id, a member's workshops by (period, municipality), or a period whole.
  const activityRows = either(
    anyOf('period_id', activityPeriods),
    anyOf('id', scope.activities ?? []),
    byPeriodAndCode(scope.workshops ?? []),
  );
  const programmePeriods = [...new Set([...activityPeriods, ...(scope.programmesOf ?? [])])];
  const [sources, networks, participations, activities, programmes] = await Promise.all([
    all<Row>('SELECT data FROM sources ORDER BY rowid'),
    networkIds.length
      ? all<Row>(
          `SELECT data FROM networks WHERE id IN (${marks(networkIds)}) ORDER BY rowid`,
          networkIds,
        )
      : [],
    memberRows
      ? all<Row>(
          `SELECT data FROM participations WHERE ${memberRows.where} AND ${live('participations')} ORDER BY period_id, municipality_code`,
          memberRows.values,
        )
      : [],
    // The order of the store's dataset: by period, then as a programme runs (start, id).
    activityRows
      ? all<Row>(
          `SELECT data FROM activities WHERE ${activityRows.where} AND ${live('activities')} ORDER BY period_id, start_at, id`,
          activityRows.values,
        )
      : [],
    programmePeriods.length
      ? all<Row>(
          `SELECT data FROM programmes WHERE period_id IN (${marks(programmePeriods)}) AND ${live('programmes')} ORDER BY period_id`,
          programmePeriods,
        )
      : [],
  ]);
  // The order of the whole dataset as the store lists it: periods by network and ordinal,
  // themes as stored.
  const orderedPeriods = [...periods.values()].sort(
    (a, b) =>
      (a.network_id < b.network_id ? -1 : a.network_id > b.network_id ? 1 : 0) ||
      a.ordinal - b.ordinal,
  );
  return {
    formatVersion: DATASET_FORMAT_VERSION,
    sources: parse(sources),
    networks: parse(networks),
    periods: parse(orderedPeriods),
    themes: parse([...themes.entries()].sort(([a], [b]) => a - b).map(([, t]) => t)),
    participations: parse(participations),
    activities: parse(activities),
    programmes: parse(programmes),
  };
}

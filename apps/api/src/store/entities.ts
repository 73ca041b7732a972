import {
  type Activity,
  type Network,
  type Participation,
  type Period,
  type Programme,
  parseParticipationKey,
  participationKey,
  type Source,
  type Theme,
} from '@verkosto/core';
import type { SqlDatabase, SqlStatement, SqlValue } from '../db/driver.ts';

/**
 * One description per entity: its table, key, the columns the database enforces and the indexes
 * reads use. Writes, imports and reads build their SQL from it, so adding a field means the
 * migration, this description and the schema — nothing else. The whole entity is kept as JSON in
 * `data` (the shared dataset format); columns hold only what SQL must see (keys, references,
 * uniqueness, dates, the keyset orders of lists).
 */
export interface EntityDescription<T, K extends string = string> {
  kind: K;
  /** The dataset collection (`Dataset[collection]`). */
  collection:
    | 'sources'
    | 'networks'
    | 'periods'
    | 'themes'
    | 'participations'
    | 'activities'
    | 'programmes';
  table: string;
  /** Key columns in order; `keyOf` makes the one-string key APIs and audit rows use. */
  key: readonly string[];
  keyOf(entity: T): string;
  /** The key columns' values of a key string; undefined when it is not a key of this entity. */
  keyValues(key: string): SqlValue[] | undefined;
  /** Non-key columns, each read from the entity (never from `data` in SQL). */
  columns: Readonly<Record<string, (entity: T) => SqlValue>>;
  /** Deleting sets `deleted_at` (restorable) instead of removing the row. */
  softDelete: boolean;
  /** The indexes its reads rely on (created by the migrations), by name: the columns in order. */
  indexes: Readonly<Record<string, readonly string[]>>;
  /**
   * Brings what other tables derive from this entity's rows up to date after `entities` were
   * inserted: one statement, in the same batch, for any number of rows.
   */
  afterInsert?: (db: SqlDatabase, entities: readonly T[]) => SqlStatement;
}

const single = (key: string) => (key.length > 0 ? [key] : undefined);
const json = <T>(value: T) => JSON.stringify(value);

export const sources: EntityDescription<Source, 'source'> = {
  kind: 'source',
  collection: 'sources',
  table: 'sources',
  key: ['id'],
  keyOf: (s) => s.id,
  keyValues: single,
  columns: {},
  softDelete: false,
  indexes: {},
};

export const networks: EntityDescription<Network, 'network'> = {
  kind: 'network',
  collection: 'networks',
  table: 'networks',
  key: ['id'],
  keyOf: (n) => n.id,
  keyValues: single,
  columns: {},
  softDelete: false,
  indexes: {},
};

export const periods: EntityDescription<Period, 'period'> = {
  kind: 'period',
  collection: 'periods',
  table: 'periods',
  key: ['id'],
  keyOf: (p) => p.id,
  keyValues: single,
  columns: {
    network_id: (p) => p.networkId,
    ordinal: (p) => p.ordinal,
    start_date: (p) => p.startDate,
    end_date: (p) => p.endDate,
  },
  softDelete: true,
  indexes: { periods_network_ordinal: ['network_id', 'ordinal'] },
};

export const themes: EntityDescription<Theme, 'theme'> = {
  kind: 'theme',
  collection: 'themes',
  table: 'themes',
  key: ['id'],
  keyOf: (t) => t.id,
  keyValues: single,
  columns: {
    period_id: (t) => t.periodId,
    slug: (t) => t.slug,
    parent_id: (t) => t.parentId ?? null,
    continues_theme_id: (t) => t.continuesThemeId ?? null,
  },
  softDelete: true,
  indexes: {
    themes_period: ['period_id'],
    themes_parent: ['parent_id'],
    themes_continues: ['continues_theme_id'],
  },
};

export const participations: EntityDescription<Participation, 'participation'> = {
  kind: 'participation',
  collection: 'participations',
  table: 'participations',
  key: ['period_id', 'municipality_code'],
  keyOf: participationKey,
  keyValues: (key) => {
    const parts = parseParticipationKey(key);
    return parts ? [parts.periodId, parts.municipalityCode] : undefined;
  },
  columns: {
    role: (p) => p.role,
    joined_on: (p) => p.joinedOn ?? null,
    left_on: (p) => p.leftOn ?? null,
  },
  softDelete: false,
  // A municipality's memberships are read through `municipality_networks` (migration 0009), which
  // inserts keep in step here: one statement a batch, where a per-row trigger cost an import of
  // 250 000 members 0.3–0.7 s. Keys never change (updates set the other columns).
  indexes: {},
  afterInsert: (db, members) =>
    db
      .prepare(
        'INSERT OR IGNORE INTO municipality_networks (municipality_code, network_id) SELECT DISTINCT pa.municipality_code, pe.network_id FROM json_each(?) AS j JOIN periods pe ON pe.id = j.value JOIN participations pa ON pa.period_id = pe.id',
      )
      .bind(json([...new Set(members.map((m) => m.periodId))])),
};

/**
 * What a network does. Its themes are also rows of `activity_themes`, which triggers keep from
 * `data` (migration 0007), so a write of an activity is still one row's statement.
 */
export const activities: EntityDescription<Activity, 'activity'> = {
  kind: 'activity',
  collection: 'activities',
  table: 'activities',
  key: ['id'],
  keyOf: (a) => a.id,
  keyValues: single,
  columns: {
    period_id: (a) => a.periodId,
    kind: (a) => a.kind,
    status: (a) => a.status,
    start_at: (a) => a.start,
    end_at: (a) => a.end,
    municipality_code: (a) => a.municipalityCode ?? null,
  },
  softDelete: false,
  indexes: {
    activities_period_start: ['period_id', 'start_at', 'id'],
    activities_period_kind: ['period_id', 'kind', 'start_at', 'id'],
    activities_period_municipality: ['period_id', 'municipality_code', 'start_at', 'id'],
    activity_themes_activity: ['activity_id'],
  },
};

/** A period's programme: at most one a period, so its key is the period's id. */
export const programmes: EntityDescription<Programme, 'programme'> = {
  kind: 'programme',
  collection: 'programmes',
  table: 'programmes',
  key: ['period_id'],
  keyOf: (p) => p.periodId,
  keyValues: single,
  columns: {},
  softDelete: false,
  indexes: {},
};

/** Every entity of the dataset, in reference order: what an entity refers to comes before it. */
export const ENTITIES = {
  sources,
  networks,
  periods,
  themes,
  participations,
  activities,
  programmes,
} as const;
export type Collection = keyof typeof ENTITIES;
export const COLLECTIONS = Object.keys(ENTITIES) as Collection[];
export type EntityKind = (typeof ENTITIES)[Collection]['kind'];
export type EntityOf<C extends Collection> = Parameters<(typeof ENTITIES)[C]['keyOf']>[0];
export type AnyEntity = EntityOf<Collection>;

/** The description of an entity kind. */
export const BY_KIND = {
  source: sources,
  network: networks,
  period: periods,
  theme: themes,
  participation: participations,
  activity: activities,
  programme: programmes,
} as const;

// The description is generic over its entity; at run time any entity of its kind fits.
type Described = EntityDescription<AnyEntity>;
const described = (d: unknown) => d as Described;

export const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** `period_id = ? AND municipality_code = ?`: the key condition. */
export const whereKey = (d: EntityDescription<never>) => d.key.map((c) => `${c} = ?`).join(' AND ');

/** The key values of a key string; a malformed key matches nothing (an impossible value). */
export const keyValuesOf = (d: EntityDescription<never>, key: string): SqlValue[] =>
  d.keyValues(key) ?? d.key.map(() => '\u0000');

const sqlCache = new Map<string, string>();
const cachedSql = (name: string, make: () => string) => {
  let sql = sqlCache.get(name);
  if (sql === undefined) {
    sql = make();
    sqlCache.set(name, sql);
  }
  return sql;
};

const keyAndColumns = (d: Described, e: AnyEntity): SqlValue[] => [
  ...keyValuesOf(d, d.keyOf(e)),
  ...Object.values(d.columns).map((column) => column(e)),
];

/** INSERT of a new row: its key, its columns and the JSON. */
export function insertRow<T>(
  db: SqlDatabase,
  description: EntityDescription<T>,
  entity: T,
): SqlStatement {
  const d = described(description);
  const names = [...d.key, ...Object.keys(d.columns), 'data'];
  const sql = cachedSql(
    `insert:${d.table}`,
    () =>
      `INSERT INTO ${d.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  );
  return db.prepare(sql).bind(...keyAndColumns(d, entity as AnyEntity), json(entity));
}

/**
 * D1 binds at most 100 values to one statement; Node's SQLite many more (the driver's
 * `maxBoundValues`).
 */
export const MAX_BOUND_VALUES = 100;

/**
 * INSERTs of many new rows, as few statements as the driver allows: each binds up to its
 * `maxBoundValues` (D1: 100, so 16 participations a statement). Every full chunk shares one SQL
 * text, and the rest goes in chunks of powers of two, so a table has few SQL texts for the driver
 * to prepare. Made as they are consumed: a row's JSON exists only while its statement is next.
 */
export function* insertStatements<T>(
  db: SqlDatabase,
  description: EntityDescription<T>,
  entities: readonly T[],
): Generator<SqlStatement> {
  const d = described(description);
  const names = [...d.key, ...Object.keys(d.columns), 'data'];
  const perChunk = Math.max(1, Math.floor((db.maxBoundValues ?? MAX_BOUND_VALUES) / names.length));
  const tuple = `(${names.map(() => '?').join(', ')})`;
  const columnReaders = Object.values(d.columns);
  let start = 0;
  while (start < entities.length) {
    const left = entities.length - start;
    // A full chunk, or the largest power of two that fits in what is left.
    const size = left >= perChunk ? perChunk : 2 ** Math.floor(Math.log2(left));
    const sql = cachedSql(
      `insert:${d.table}:${size}`,
      () =>
        `INSERT INTO ${d.table} (${names.join(', ')}) VALUES ${Array(size).fill(tuple).join(', ')}`,
    );
    // One array of the chunk's values, filled in place (no arrays a row).
    const values: SqlValue[] = new Array(size * names.length);
    let at = 0;
    for (let i = start; i < start + size; i++) {
      const e = entities[i] as AnyEntity;
      for (const value of keyValuesOf(d, d.keyOf(e))) values[at++] = value;
      for (const column of columnReaders) values[at++] = column(e);
      values[at++] = json(e);
    }
    start += size;
    yield db.prepare(sql).bind(...values);
  }
  if (d.afterInsert && entities.length > 0)
    yield d.afterInsert(db, entities as readonly AnyEntity[]);
}

/** `insertStatements`, all made at once (a seed, which D1 sends as one batch). */
export function insertRows<T>(
  db: SqlDatabase,
  description: EntityDescription<T>,
  entities: readonly T[],
): SqlStatement[] {
  return [...insertStatements(db, description, entities)];
}

/**
 * UPDATE of a row to a new state of its entity. `ifMatch` guards it (the row must still be at
 * that version, and live); `revive` (imports) also undoes a soft delete.
 */
export function updateRow<T>(
  db: SqlDatabase,
  description: EntityDescription<T>,
  entity: T,
  options: { ifMatch?: number; revive?: boolean } = {},
): SqlStatement {
  const d = described(description);
  const guarded = options.ifMatch !== undefined;
  const sql = cachedSql(`update:${d.table}:${guarded}:${Boolean(options.revive)}`, () => {
    const set = [...Object.keys(d.columns), 'data'].map((c) => `${c} = ?`);
    set.push('version = version + 1', `updated_at = ${NOW}`);
    if (d.softDelete && options.revive) set.push('deleted_at = NULL');
    const where = [whereKey(d)];
    if (guarded) where.push('version = ?');
    if (d.softDelete && guarded) where.push('deleted_at IS NULL');
    return `UPDATE ${d.table} SET ${set.join(', ')} WHERE ${where.join(' AND ')}`;
  });
  const e = entity as AnyEntity;
  const values: SqlValue[] = [
    ...Object.values(d.columns).map((column) => column(e)),
    json(entity),
    ...keyValuesOf(d, d.keyOf(e)),
  ];
  if (guarded) values.push(options.ifMatch!);
  return db.prepare(sql).bind(...values);
}

/** DELETE of a row for good (`ifMatch` guards it). */
export function deleteRow(
  db: SqlDatabase,
  description: EntityDescription<never>,
  key: string,
  ifMatch?: number,
): SqlStatement {
  const guarded = ifMatch !== undefined;
  const sql = cachedSql(
    `delete:${description.table}:${guarded}`,
    () =>
      `DELETE FROM ${description.table} WHERE ${whereKey(description)}${guarded ? ' AND version = ?' : ''}`,
  );
  const values = keyValuesOf(description, key);
  return db.prepare(sql).bind(...(guarded ? [...values, ifMatch] : values));
}

/** Soft delete (`deleted = true`) or restore of a restorable row at a version. */
export function setDeleted(
  db: SqlDatabase,
  description: EntityDescription<never>,
  key: string,
  deleted: boolean,
  ifMatch: number,
): SqlStatement {
  const sql = cachedSql(
    `soft:${description.table}:${deleted}`,
    () =>
      `UPDATE ${description.table} SET deleted_at = ${deleted ? NOW : 'NULL'}, version = version + 1 WHERE ${whereKey(description)} AND version = ? AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL'}`,
  );
  return db.prepare(sql).bind(...keyValuesOf(description, key), ifMatch);
}

/** A stored row: the entity's JSON, its version and, for restorable entities, when it was deleted. */
export interface StoredRow {
  data: string;
  version: number;
  deleted_at: string | null;
}

/** The row of one key, deleted or not. */
export function selectRow(
  db: SqlDatabase,
  description: EntityDescription<never>,
  key: string,
): Promise<StoredRow | null> {
  const sql = cachedSql(
    `select:${description.table}`,
    () =>
      `SELECT data, version, ${description.softDelete ? 'deleted_at' : 'NULL AS deleted_at'} FROM ${description.table} WHERE ${whereKey(description)}`,
  );
  return db
    .prepare(sql)
    .bind(...keyValuesOf(description, key))
    .first<StoredRow>();
}

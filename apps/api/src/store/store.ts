import type { Dataset, Municipality } from '@verkosto/core';
import type { SqlDatabase } from '../db/driver.ts';
import { bumpVersion } from './commit.ts';
import { ENTITIES, insertRows } from './entities.ts';
import { createReads, type Reads } from './reads.ts';

export interface StoreOptions {
  /**
   * How long (ms) a data version read from the database may be reused before asking again. This
   * process's own writes invalidate it at once; the TTL bounds how late writes by other
   * processes or isolates show. 0 (Workers, where other isolates write): one indexed row read per
   * request. Node uses 250 ms, so a read served from the response cache costs no query at all.
   * A function is asked on every use: Workers let anonymous reads reuse it, not a client's own.
   */
  versionTtlMs: number | (() => number);
  /** The clock for the TTL (milliseconds); injectable for tests. */
  now?: () => number;
}

export interface Store {
  readonly db: SqlDatabase;
  /** The current data version (bumped by every write). */
  version(): Promise<number>;
  /** The data version if it is known without asking the database (within the TTL), else undefined. */
  knownVersion(): number | undefined;
  /** The live data, read by index: what every read answers from. */
  readonly reads: Reads;
  /** Tells the store that this process wrote, so the next read asks for the version again. */
  invalidate(): void;
  ping(): Promise<void>;
}

export function createStore(db: SqlDatabase, options: StoreOptions): Store {
  const now = options.now ?? (() => Date.now());
  // The last version read, and when; undefined after a local write.
  let known: { version: number; at: number } | undefined;
  const { versionTtlMs } = options;
  const ttl = typeof versionTtlMs === 'function' ? versionTtlMs : () => versionTtlMs;
  const fresh = (at: number) => known !== undefined && at - known.at < ttl();

  const readVersion = async () => {
    const row = await db
      .prepare("SELECT value FROM meta WHERE key = 'data_version'")
      .first<{ value: string }>();
    return Number(row?.value ?? 0);
  };

  const version = async () => {
    const at = now();
    if (known && fresh(at)) return known.version;
    const current = await readVersion();
    known = { version: current, at };
    return current;
  };

  return {
    db,
    reads: createReads(db),
    version,
    knownVersion() {
      return known && fresh(now()) ? known.version : undefined;
    },
    invalidate() {
      known = undefined;
    },
    async ping() {
      await db.prepare('SELECT 1').first();
    },
  };
}

/** Loads the municipality registry into its table (for foreign keys) when it has changed. */
export async function syncMunicipalities(
  db: SqlDatabase,
  municipalities: readonly Municipality[],
): Promise<boolean> {
  // Which registry and which columns (v2 added region_code): a change of either reloads the table.
  const fingerprint = `v2:${municipalities.length}:${municipalities.at(-1)?.code}:${municipalities.filter((m) => m.validTo).length}:${municipalities.filter((m) => m.regionCode).length}`;
  const row = await db
    .prepare("SELECT value FROM meta WHERE key = 'municipalities'")
    .first<{ value: string }>();
  if (row?.value === fingerprint) return false;
  await db.batch([
    ...municipalities.map((m) =>
      db
        .prepare(
          'INSERT INTO municipalities (code, name_fi, name_sv, valid_from, valid_to, merged_into, region_code) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
            'ON CONFLICT (code) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, valid_from = excluded.valid_from, valid_to = excluded.valid_to, merged_into = excluded.merged_into, region_code = excluded.region_code',
        )
        .bind(m.code, m.name.fi, m.name.sv, m.validFrom, m.validTo, m.mergedInto, m.regionCode),
    ),
    db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('municipalities', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .bind(fingerprint),
  ]);
  return true;
}

/** Seeds an empty database with a dataset in one transaction; a database with data is left alone. */
export async function seedIfEmpty(db: SqlDatabase, dataset: Dataset): Promise<boolean> {
  const row = await db.prepare('SELECT count(*) AS n FROM networks').first<{ n: number }>();
  if ((row?.n ?? 0) > 0) return false;
  await db.batch([
    ...insertRows(db, ENTITIES.sources, dataset.sources),
    ...insertRows(db, ENTITIES.networks, dataset.networks),
    ...insertRows(db, ENTITIES.periods, dataset.periods),
    // Parents and continued themes first, so foreign keys hold at every step.
    ...insertRows(db, ENTITIES.themes, orderThemes(dataset.themes)),
    ...insertRows(db, ENTITIES.participations, dataset.participations),
    ...insertRows(db, ENTITIES.activities, dataset.activities ?? []),
    ...insertRows(db, ENTITIES.programmes, dataset.programmes ?? []),
    bumpVersion(db),
  ]);
  return true;
}

/** Themes in an order where every referenced theme comes before the themes that refer to it. */
export function orderThemes<T extends { id: string; parentId?: string; continuesThemeId?: string }>(
  themes: readonly T[],
): T[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const done = new Set<string>();
  const ordered: T[] = [];
  const visit = (theme: T, trail: Set<string>) => {
    if (done.has(theme.id) || trail.has(theme.id)) return;
    trail.add(theme.id);
    for (const ref of [theme.parentId, theme.continuesThemeId]) {
      const target = ref ? byId.get(ref) : undefined;
      if (target) visit(target, trail);
    }
    done.add(theme.id);
    ordered.push(theme);
  };
  for (const theme of themes) visit(theme, new Set());
  return ordered;
}

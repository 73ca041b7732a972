import type { Dataset, Municipality } from '@verkosto/core';
import { DATASET_FORMAT_VERSION } from '@verkosto/core';
import type { SqlDatabase } from '../db/driver.ts';
import { bumpVersion } from './commit.ts';
import { ENTITIES, insertRow } from './entities.ts';

/** The data as of one version: what every read answers from. */
export interface Snapshot {
  version: number;
  dataset: Dataset;
  /** Each item's version, by `itemKey(kind, id)`: the ETag and If-Match of writes. */
  versions: Map<string, number>;
}

export type ItemKind = 'source' | 'network' | 'period' | 'theme' | 'participation';

/** The key of an item in `Snapshot.versions`; a participation's id is `periodId/code`. */
export const itemKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

export interface StoreOptions {
  /**
   * How long (ms) a data version read from the database may be reused before asking again. This
   * process's own writes invalidate it at once; the TTL bounds how late writes by other
   * processes or isolates show. 0 (Workers, where other isolates write): one indexed row read per
   * request. Node uses 250 ms, so a read served from the response cache costs no query at all.
   */
  versionTtlMs: number;
  /** The clock for the TTL (milliseconds); injectable for tests. */
  now?: () => number;
}

export interface Store {
  readonly db: SqlDatabase;
  /** The current data version (bumped by every write). */
  version(): Promise<number>;
  /** The data version if it is known without asking the database (within the TTL), else undefined. */
  knownVersion(): number | undefined;
  /** The data at the current version; loaded once per version. */
  snapshot(): Promise<Snapshot>;
  /** Tells the store that this process wrote, so it reloads. */
  invalidate(): void;
  ping(): Promise<void>;
}

type Row = { data: string; key: string; version: number };

/** The live data: soft-deleted periods and themes, and what hangs on a deleted period, are left out. */
async function load(db: SqlDatabase): Promise<Omit<Snapshot, 'version'>> {
  const [sources, networks, periods, themes, participations] = await Promise.all([
    db.prepare('SELECT data, id AS key, version FROM sources ORDER BY rowid').all<Row>(),
    db.prepare('SELECT data, id AS key, version FROM networks ORDER BY rowid').all<Row>(),
    db
      .prepare(
        'SELECT data, id AS key, version FROM periods WHERE deleted_at IS NULL ORDER BY network_id, ordinal',
      )
      .all<Row>(),
    db
      .prepare(
        'SELECT t.data, t.id AS key, t.version FROM themes t JOIN periods p ON p.id = t.period_id WHERE t.deleted_at IS NULL AND p.deleted_at IS NULL ORDER BY t.rowid',
      )
      .all<Row>(),
    db
      .prepare(
        "SELECT pa.data, pa.period_id || '/' || pa.municipality_code AS key, pa.version FROM participations pa JOIN periods pe ON pe.id = pa.period_id WHERE pe.deleted_at IS NULL ORDER BY pa.period_id, pa.municipality_code",
      )
      .all<Row>(),
  ]);
  const versions = new Map<string, number>();
  const parse = <T>(kind: ItemKind, rows: Row[]) =>
    rows.map((row) => {
      versions.set(itemKey(kind, row.key), row.version);
      return JSON.parse(row.data) as T;
    });
  return {
    dataset: {
      formatVersion: DATASET_FORMAT_VERSION,
      sources: parse('source', sources.results),
      networks: parse('network', networks.results),
      periods: parse('period', periods.results),
      themes: parse('theme', themes.results),
      participations: parse('participation', participations.results),
    },
    versions,
  };
}

export function createStore(db: SqlDatabase, options: StoreOptions): Store {
  const now = options.now ?? (() => Date.now());
  let cached: Snapshot | undefined;
  let loading: { version: number; promise: Promise<Snapshot> } | undefined;
  // The last version read, and when; undefined after a local write.
  let known: { version: number; at: number } | undefined;

  const readVersion = async () => {
    const row = await db
      .prepare("SELECT value FROM meta WHERE key = 'data_version'")
      .first<{ value: string }>();
    return Number(row?.value ?? 0);
  };

  const version = async () => {
    const at = now();
    if (known && at - known.at < options.versionTtlMs) return known.version;
    const current = await readVersion();
    known = { version: current, at };
    return current;
  };

  return {
    db,
    version,
    knownVersion() {
      return known && now() - known.at < options.versionTtlMs ? known.version : undefined;
    },
    async snapshot() {
      const current = await version();
      if (cached?.version === current) return cached;
      // One load per version, however many requests arrive while it runs.
      if (loading?.version === current) return loading.promise;
      const promise = load(db).then((loaded) => {
        const snapshot: Snapshot = { version: current, ...loaded };
        if (!cached || cached.version <= current) cached = snapshot;
        return snapshot;
      });
      const entry = { version: current, promise };
      loading = entry;
      const done = () => {
        if (loading === entry) loading = undefined;
      };
      promise.then(done, done);
      return promise;
    },
    invalidate() {
      known = undefined;
      cached = undefined;
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
    ...dataset.sources.map((s) => insertRow(db, ENTITIES.sources, s)),
    ...dataset.networks.map((n) => insertRow(db, ENTITIES.networks, n)),
    ...dataset.periods.map((p) => insertRow(db, ENTITIES.periods, p)),
    // Parents and continued themes first, so foreign keys hold at every step.
    ...orderThemes(dataset.themes).map((t) => insertRow(db, ENTITIES.themes, t)),
    ...dataset.participations.map((p) => insertRow(db, ENTITIES.participations, p)),
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

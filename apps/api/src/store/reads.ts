import {
  type Activity,
  DATASET_FORMAT_VERSION,
  type Dataset,
  type Network,
  type Participation,
  type Period,
  type Programme,
  type Source,
  type Theme,
  type ThemeLineage,
} from '@verkosto/core';
import type { SqlDatabase, SqlValue } from '../db/driver.ts';

/**
 * Reads cost the page: every list is one indexed query with a keyset (`WHERE key > ? ORDER BY
 * key LIMIT n`) and a count, every item a lookup by key. Only live data: soft-deleted periods and
 * themes, and what hangs on a deleted period, are left out.
 */

/** An item and its version (its ETag). */
export interface Versioned<T> {
  entity: T;
  version: number;
}

/** A keyset page request: up to `limit` items after the key `after`. */
export interface PageRequest {
  limit: number;
  after?: string | undefined;
}

/** A page: its items in key order, the total, and whether more follow. */
export interface Paged<T> {
  items: T[];
  total: number;
  more: boolean;
}

const LIVE_PERIOD = 'SELECT id FROM periods WHERE deleted_at IS NULL';

type DataRow = { data: string; version: number };
const versioned = <T>(row: DataRow): Versioned<T> => ({
  entity: JSON.parse(row.data) as T,
  version: row.version,
});

/** What a period's activity list is filtered by; `from` and `to` bound the first day (inclusive). */
export interface ActivityFilter {
  kind?: string | undefined;
  municipality?: string | undefined;
  theme?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** An activity list's keyset: `start` and `id` of the last activity of the page before. */
export const activityKey = (a: Pick<Activity, 'start' | 'id'>) => `${a.start} ${a.id}`;
const parseActivityKey = (key: string): [string, string] => {
  const at = key.indexOf(' ');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
};

export interface PeriodCounts {
  memberCount: number;
  themeCount: number;
}
export interface MemberHistory {
  periodId: string;
  networkId: string;
  label: string;
  role: Participation['role'];
}

export function createReads(db: SqlDatabase) {
  const first = <T>(sql: string, ...values: SqlValue[]) =>
    db
      .prepare(sql)
      .bind(...values)
      .first<T>();
  const all = <T>(sql: string, ...values: SqlValue[]) =>
    db
      .prepare(sql)
      .bind(...values)
      .all<T>()
      .then((r) => r.results);
  const count = async (sql: string, ...values: SqlValue[]) =>
    (await first<{ n: number }>(sql, ...values))?.n ?? 0;

  /** A page from rows fetched with LIMIT n + 1. */
  const pageOf = <R, T>(rows: R[], total: number, limit: number, map: (row: R) => T) => ({
    items: rows.slice(0, limit).map(map),
    total,
    more: rows.length > limit,
  });

  const periodCounts = `(SELECT count(*) FROM participations pa WHERE pa.period_id = p.id) AS member_count, (SELECT count(*) FROM themes t WHERE t.period_id = p.id AND t.deleted_at IS NULL) AS theme_count`;
  type PeriodRow = DataRow & { member_count: number; theme_count: number };
  const withCounts = (row: PeriodRow) => ({
    ...versioned<Period>(row),
    counts: { memberCount: row.member_count, themeCount: row.theme_count },
  });

  const liveTheme = async (id: string) => {
    const row = await first<DataRow>(
      `SELECT data, version FROM themes WHERE id = ? AND deleted_at IS NULL AND period_id IN (${LIVE_PERIOD})`,
      id,
    );
    return row && versioned<Theme>(row);
  };

  return {
    async source(id: string) {
      const row = await first<DataRow>('SELECT data, version FROM sources WHERE id = ?', id);
      return row && versioned<Source>(row);
    },

    async sources(page: PageRequest) {
      const rows = await all<DataRow>(
        'SELECT data, version FROM sources WHERE id > ? ORDER BY id LIMIT ?',
        page.after ?? '',
        page.limit + 1,
      );
      const total = await count('SELECT count(*) AS n FROM sources');
      return pageOf(rows, total, page.limit, (row) => versioned<Source>(row));
    },

    async network(id: string) {
      const row = await first<DataRow & { period_count: number }>(
        `SELECT n.data, n.version, (SELECT count(*) FROM periods p WHERE p.network_id = n.id AND p.deleted_at IS NULL) AS period_count FROM networks n WHERE n.id = ?`,
        id,
      );
      return row && { ...versioned<Network>(row), periodCount: row.period_count };
    },

    async networks(page: PageRequest) {
      const rows = await all<DataRow & { period_count: number }>(
        `SELECT n.data, n.version, (SELECT count(*) FROM periods p WHERE p.network_id = n.id AND p.deleted_at IS NULL) AS period_count FROM networks n WHERE n.id > ? ORDER BY n.id LIMIT ?`,
        page.after ?? '',
        page.limit + 1,
      );
      const total = await count('SELECT count(*) AS n FROM networks');
      return pageOf(rows, total, page.limit, (row) => ({
        ...versioned<Network>(row),
        periodCount: row.period_count,
      }));
    },

    async period(id: string) {
      const row = await first<PeriodRow>(
        `SELECT p.data, p.version, ${periodCounts} FROM periods p WHERE p.id = ? AND p.deleted_at IS NULL`,
        id,
      );
      return row && withCounts(row);
    },

    /**
     * A live period by key, without the counts of its members and themes: what a read of its
     * activities needs to know (that it exists, its dates) and nothing more.
     */
    async livePeriod(id: string) {
      const row = await first<DataRow>(
        'SELECT data, version FROM periods WHERE id = ? AND deleted_at IS NULL',
        id,
      );
      return row && versioned<Period>(row);
    },

    /** A network's periods by ordinal, after the ordinal `after`. */
    async periodsOf(networkId: string, page: { limit: number; after?: number | undefined }) {
      const rows = await all<PeriodRow>(
        `SELECT p.data, p.version, ${periodCounts} FROM periods p WHERE p.network_id = ? AND p.deleted_at IS NULL AND p.ordinal > ? ORDER BY p.ordinal LIMIT ?`,
        networkId,
        page.after ?? -1,
        page.limit + 1,
      );
      const total = await count(
        'SELECT count(*) AS n FROM periods WHERE network_id = ? AND deleted_at IS NULL',
        networkId,
      );
      return pageOf(rows, total, page.limit, withCounts);
    },

    theme: liveTheme,

    async themesOf(periodId: string, page: PageRequest) {
      const rows = await all<DataRow>(
        'SELECT data, version FROM themes WHERE period_id = ? AND deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?',
        periodId,
        page.after ?? '',
        page.limit + 1,
      );
      const total = await count(
        'SELECT count(*) AS n FROM themes WHERE period_id = ? AND deleted_at IS NULL',
        periodId,
      );
      return pageOf(rows, total, page.limit, (row) => versioned<Theme>(row).entity);
    },

    /** A theme's sub-themes, as stored. */
    async subThemes(id: string) {
      const rows = await all<DataRow>(
        `SELECT data, version FROM themes WHERE parent_id = ? AND deleted_at IS NULL AND period_id IN (${LIVE_PERIOD}) ORDER BY rowid`,
        id,
      );
      return rows.map((row) => versioned<Theme>(row).entity);
    },

    /**
     * A theme's lineage, as core's themeLineage finds it in the live themes: the themes it
     * continues (nearest first), and breadth-first those that continue it — by the indexes on
     * the continuation, one short chain at a time.
     */
    async lineage(theme: Theme): Promise<ThemeLineage> {
      const seen = new Set([theme.id]);
      // As in core: a theme reached through an inferred link, or beyond one, is inferred.
      const inferred: string[] = [];
      const ancestors: Theme[] = [];
      let from = theme;
      let viaInferred = false;
      while (from.continuesThemeId && !seen.has(from.continuesThemeId)) {
        const found = await liveTheme(from.continuesThemeId);
        if (!found) break;
        viaInferred ||= from.continuesInferred === true;
        seen.add(found.entity.id);
        ancestors.push(found.entity);
        if (viaInferred) inferred.push(found.entity.id);
        from = found.entity;
      }
      const continuations = async (id: string) =>
        (
          await all<DataRow>(
            `SELECT data, version FROM themes WHERE continues_theme_id = ? AND deleted_at IS NULL AND period_id IN (${LIVE_PERIOD}) ORDER BY rowid`,
            id,
          )
        ).map((row) => versioned<Theme>(row).entity);
      const descendants: Theme[] = [];
      const queue = (await continuations(theme.id)).map((t) => ({ theme: t, viaInferred: false }));
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (seen.has(next.theme.id)) continue;
        seen.add(next.theme.id);
        descendants.push(next.theme);
        const isInferred = next.viaInferred || next.theme.continuesInferred === true;
        if (isInferred) inferred.push(next.theme.id);
        for (const child of await continuations(next.theme.id))
          queue.push({ theme: child, viaInferred: isInferred });
      }
      return { ancestors, descendants, inferred };
    },

    async participant(periodId: string, code: string) {
      const row = await first<DataRow>(
        'SELECT data, version FROM participations WHERE period_id = ? AND municipality_code = ?',
        periodId,
        code,
      );
      return row && versioned<Participation>(row);
    },

    async participantsOf(periodId: string, page: PageRequest) {
      const rows = await all<DataRow>(
        'SELECT data, version FROM participations WHERE period_id = ? AND municipality_code > ? ORDER BY municipality_code LIMIT ?',
        periodId,
        page.after ?? '',
        page.limit + 1,
      );
      const total = await count(
        'SELECT count(*) AS n FROM participations WHERE period_id = ?',
        periodId,
      );
      return pageOf(rows, total, page.limit, (row) => versioned<Participation>(row).entity);
    },

    /**
     * The members of the period before this one in its network (by ordinal), or undefined when
     * it is the first: what says whether a member is new or returning.
     */
    async previousMembers(period: Period): Promise<Set<string> | undefined> {
      const previous = await first<{ id: string }>(
        'SELECT id FROM periods WHERE network_id = ? AND deleted_at IS NULL AND ordinal < ? ORDER BY ordinal DESC LIMIT 1',
        period.networkId,
        period.ordinal,
      );
      if (!previous) return undefined;
      const rows = await all<{ municipality_code: string }>(
        'SELECT municipality_code FROM participations WHERE period_id = ?',
        previous.id,
      );
      return new Set(rows.map((r) => r.municipality_code));
    },

    /**
     * A municipality's memberships in live periods, by period id: through the networks it has
     * members in (migration 0009), one key of `participations` per period of those networks.
     * CROSS JOIN keeps that order: SQLite may otherwise start from every period.
     */
    async membershipsOf(code: string): Promise<MemberHistory[]> {
      const rows = await all<{
        period_id: string;
        network_id: string;
        label: string;
        role: Participation['role'];
      }>(
        `SELECT pa.period_id, pe.network_id, json_extract(pe.data, '$.label') AS label, pa.role FROM municipality_networks mn CROSS JOIN periods pe ON pe.network_id = mn.network_id AND pe.deleted_at IS NULL CROSS JOIN participations pa ON pa.period_id = pe.id AND pa.municipality_code = mn.municipality_code WHERE mn.municipality_code = ? ORDER BY pa.period_id`,
        code,
      );
      return rows.map((r) => ({
        periodId: r.period_id,
        networkId: r.network_id,
        label: r.label,
        role: r.role,
      }));
    },

    /** One network's live periods, themes, members, activities and programmes: what its insights aggregate. */
    async networkData(
      networkId: string,
    ): Promise<
      Pick<Dataset, 'periods' | 'themes' | 'participations'> &
        Required<Pick<Dataset, 'activities' | 'programmes'>>
    > {
      const ofNetwork = `SELECT id FROM periods WHERE network_id = ? AND deleted_at IS NULL`;
      const [periods, themes, participations, activities, programmes] = await Promise.all([
        all<DataRow>(
          'SELECT data, version FROM periods WHERE network_id = ? AND deleted_at IS NULL ORDER BY ordinal',
          networkId,
        ),
        all<DataRow>(
          `SELECT data, version FROM themes WHERE deleted_at IS NULL AND period_id IN (${ofNetwork}) ORDER BY rowid`,
          networkId,
        ),
        all<DataRow>(
          `SELECT data, version FROM participations WHERE period_id IN (${ofNetwork}) ORDER BY period_id, municipality_code`,
          networkId,
        ),
        all<DataRow>(
          `SELECT data, version FROM activities WHERE period_id IN (${ofNetwork}) ORDER BY period_id, start_at, id`,
          networkId,
        ),
        all<DataRow>(
          `SELECT data, version FROM programmes WHERE period_id IN (${ofNetwork}) ORDER BY period_id`,
          networkId,
        ),
      ]);
      const parse = <T>(rows: DataRow[]) => rows.map((row) => JSON.parse(row.data) as T);
      return {
        periods: parse<Period>(periods),
        themes: parse<Theme>(themes),
        participations: parse<Participation>(participations),
        activities: parse<Activity>(activities),
        programmes: parse<Programme>(programmes),
      };
    },

    /** An activity of a live period. */
    async activity(id: string) {
      const row = await first<DataRow>(
        // A keyed lookup of its period, not the list of live periods.
        'SELECT a.data, a.version FROM activities a WHERE a.id = ? AND EXISTS (SELECT 1 FROM periods p WHERE p.id = a.period_id AND p.deleted_at IS NULL)',
        id,
      );
      return row && versioned<Activity>(row);
    },

    /**
     * A page of a period's activities in programme order (start, id), filtered: one indexed
     * range — by kind, municipality or theme when asked for — and a count of the same range.
     */
    async activitiesOf(periodId: string, filter: ActivityFilter, page: PageRequest) {
      const where = ['a.period_id = ?'];
      const values: SqlValue[] = [periodId];
      if (filter.kind !== undefined) {
        where.push('a.kind = ?');
        values.push(filter.kind);
      }
      if (filter.municipality !== undefined) {
        where.push('a.municipality_code = ?');
        values.push(filter.municipality);
      }
      if (filter.theme !== undefined) {
        where.push('a.id IN (SELECT activity_id FROM activity_themes WHERE theme_id = ?)');
        values.push(filter.theme);
      }
      if (filter.from !== undefined) {
        where.push('a.start_at >= ?');
        values.push(filter.from);
      }
      if (filter.to !== undefined) {
        // Any time on the last day too: `2019-03-05T09:00` < `2019-03-05U`.
        where.push('a.start_at < ?');
        values.push(`${filter.to}U`);
      }
      const after = page.after === undefined ? undefined : parseActivityKey(page.after);
      const rows = await all<DataRow>(
        `SELECT a.data, a.version FROM activities a WHERE ${[...where, ...(after ? ['(a.start_at, a.id) > (?, ?)'] : [])].join(' AND ')} ORDER BY a.start_at, a.id LIMIT ?`,
        ...values,
        ...(after ?? []),
        page.limit + 1,
      );
      const total = await count(
        `SELECT count(*) AS n FROM activities a WHERE ${where.join(' AND ')}`,
        ...values,
      );
      return pageOf(rows, total, page.limit, (row) => versioned<Activity>(row).entity);
    },

    /** Every activity of a period in programme order: for its calendar and its progress. */
    async periodActivities(periodId: string): Promise<Activity[]> {
      const rows = await all<{ data: string }>(
        'SELECT data FROM activities WHERE period_id = ? ORDER BY start_at, id',
        periodId,
      );
      return rows.map((row) => JSON.parse(row.data) as Activity);
    },

    /** A period's programme, if it has one. */
    async programme(periodId: string) {
      const row = await first<DataRow>(
        'SELECT g.data, g.version FROM programmes g WHERE g.period_id = ? AND EXISTS (SELECT 1 FROM periods p WHERE p.id = g.period_id AND p.deleted_at IS NULL)',
        periodId,
      );
      return row && versioned<Programme>(row);
    },

    /** A period's activities of one kind in programme order (by index): its workshops. */
    async activitiesOfKind(periodId: string, kind: string): Promise<Activity[]> {
      const rows = await all<{ data: string }>(
        'SELECT data FROM activities WHERE period_id = ? AND kind = ? ORDER BY start_at, id',
        periodId,
        kind,
      );
      return rows.map((row) => JSON.parse(row.data) as Activity);
    },

    /** The stored activities of these ids, wherever they are: one keyed lookup each. */
    async activitiesWithIds(ids: readonly string[]): Promise<Activity[]> {
      if (ids.length === 0) return [];
      const rows = await all<{ data: string }>(
        'SELECT a.data FROM json_each(?) AS j CROSS JOIN activities a ON a.id = j.value',
        JSON.stringify(ids),
      );
      return rows.map((row) => JSON.parse(row.data) as Activity);
    },

    /** A period's members among `codes`, by key. */
    async membersAmong(periodId: string, codes: readonly string[]): Promise<Participation[]> {
      if (codes.length === 0) return [];
      // One bound value whatever the count: D1 binds at most 100.
      const rows = await all<{ data: string }>(
        // The codes outside (CROSS JOIN keeps that order): one keyed lookup each, reading only
        // the rows asked for, however many other periods a municipality belongs to.
        'SELECT p.data FROM json_each(?) AS j CROSS JOIN participations p ON p.period_id = ? AND p.municipality_code = j.value',
        JSON.stringify(codes),
        periodId,
      );
      return rows.map((row) => JSON.parse(row.data) as Participation);
    },

    /** Every live period (a short list: a members CSV that names municipalities is read against them). */
    async allPeriods(): Promise<Period[]> {
      const rows = await all<{ data: string }>(
        'SELECT data FROM periods WHERE deleted_at IS NULL ORDER BY network_id, ordinal',
      );
      return rows.map((row) => JSON.parse(row.data) as Period);
    },

    /** Everything live, in the shared format: for export, never for a page. */
    async dataset(): Promise<Dataset> {
      const parse = <T>(rows: Array<{ data: string }>) =>
        rows.map((row) => JSON.parse(row.data) as T);
      const [sources, networks, periods, themes, participations, activities, programmes] =
        await Promise.all([
          all<{ data: string }>('SELECT data FROM sources ORDER BY rowid'),
          all<{ data: string }>('SELECT data FROM networks ORDER BY rowid'),
          all<{ data: string }>(
            'SELECT data FROM periods WHERE deleted_at IS NULL ORDER BY network_id, ordinal',
          ),
          all<{ data: string }>(
            `SELECT data FROM themes WHERE deleted_at IS NULL AND period_id IN (${LIVE_PERIOD}) ORDER BY rowid`,
          ),
          all<{ data: string }>(
            `SELECT data FROM participations WHERE period_id IN (${LIVE_PERIOD}) ORDER BY period_id, municipality_code`,
          ),
          all<{ data: string }>(
            `SELECT data FROM activities WHERE period_id IN (${LIVE_PERIOD}) ORDER BY period_id, start_at, id`,
          ),
          all<{ data: string }>(
            `SELECT data FROM programmes WHERE period_id IN (${LIVE_PERIOD}) ORDER BY period_id`,
          ),
        ]);
      return {
        formatVersion: DATASET_FORMAT_VERSION,
        sources: parse(sources),
        networks: parse(networks),
        periods: parse(periods),
        themes: parse(themes),
        participations: parse(participations),
        activities: parse(activities),
        programmes: parse(programmes),
      };
    },
  };
}

export type Reads = ReturnType<typeof createReads>;

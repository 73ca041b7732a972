import type {
  FigureIndex,
  FigureSeries,
  FigureSource,
  FigureTable,
  Indicator,
  LocalizedText,
} from '@verkosto/core';
import type { SqlDatabase } from '../db/driver.ts';

/**
 * The comparison figures, read from the database (migration 0006, generated from
 * `@verkosto/data/figures`) rather than bundled: the Worker stays small, and a request reads
 * only the series it needs, each by its key (indicator, year).
 *
 * The figures change only by a migration, so what is read is kept for the life of the process
 * or isolate: the catalogue on the first request, each series when first asked for. Deploy
 * after applying a figures migration (as the README's order says) so no isolate keeps old ones.
 */
export interface FigureStore {
  /** The catalogue, its sources, version and attribution, with the series loaded so far. */
  catalogue(): Promise<LoadedFigures>;
  /**
   * Loads the series of these indicator × year pairs that exist (one indexed query for those
   * not yet loaded) and answers the index; `index.series` then finds them.
   */
  load(pairs: ReadonlyArray<readonly [indicatorId: string, year: number]>): Promise<FigureIndex>;
}

export interface LoadedFigures {
  index: FigureIndex;
  attribution: LocalizedText & { sv: string; en: string };
}

// D1 binds at most 100 parameters per statement: two per pair.
const PAIRS_PER_QUERY = 40;

export function createFigureStore(db: SqlDatabase): FigureStore {
  let loading: Promise<LoadedFigures> | undefined;
  const series = new Map<string, FigureSeries>();
  const keyOf = (indicatorId: string, year: number) => `${indicatorId}/${year}`;

  const readCatalogue = async (): Promise<LoadedFigures> => {
    const [meta, sourceRows, indicatorRows] = await Promise.all([
      db.prepare('SELECT key, value FROM figure_meta').all<{ key: string; value: string }>(),
      db.prepare('SELECT entry FROM figure_sources ORDER BY position').all<{ entry: string }>(),
      db.prepare('SELECT entry FROM figure_indicators ORDER BY position').all<{ entry: string }>(),
    ]);
    const metaOf = (key: string) => {
      const row = meta.results.find((r) => r.key === key);
      if (!row) throw new Error(`figure_meta has no ${key}: are the migrations applied?`);
      return row.value;
    };
    const indicators = indicatorRows.results.map((r) => JSON.parse(r.entry) as Indicator);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const years = new Map(indicators.map((i) => [i.id, i.coverage.map((c) => c.year)]));
    const table: FigureTable = {
      version: metaOf('version'),
      indicators,
      sources: sourceRows.results.map((r) => JSON.parse(r.entry) as FigureSource),
      // The series loaded so far; the catalogue's coverage says which exist.
      get series() {
        return [...series.values()];
      },
    };
    const index: FigureIndex = {
      table,
      indicator: (id) => byId.get(id),
      series: (indicatorId, year) => series.get(keyOf(indicatorId, year)),
      years: (indicatorId) => [...(years.get(indicatorId) ?? [])],
      nearestYear(indicatorId, year) {
        let best: number | null = null;
        for (const y of years.get(indicatorId) ?? [])
          if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
        return best;
      },
    };
    return { index, attribution: JSON.parse(metaOf('attribution')) };
  };

  const catalogue = () => {
    loading ??= readCatalogue().catch((error) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };

  return {
    catalogue,
    async load(pairs) {
      const { index } = await catalogue();
      const missing = new Map<string, readonly [string, number]>();
      for (const [indicatorId, year] of pairs) {
        const key = keyOf(indicatorId, year);
        const held = index.indicator(indicatorId)?.coverage.some((c) => c.year === year);
        if (held && !series.has(key)) missing.set(key, [indicatorId, year]);
      }
      const wanted = [...missing.values()];
      for (let at = 0; at < wanted.length; at += PAIRS_PER_QUERY) {
        const chunk = wanted.slice(at, at + PAIRS_PER_QUERY);
        const { results } = await db
          .prepare(
            `SELECT indicator_id, year, area_division, source_id, codes, figure_values FROM figure_series WHERE ${chunk.map(() => '(indicator_id = ? AND year = ?)').join(' OR ')}`,
          )
          .bind(...chunk.flat())
          .all<{
            indicator_id: string;
            year: number;
            area_division: number;
            source_id: string;
            codes: string;
            figure_values: string;
          }>();
        for (const row of results) {
          const values = JSON.parse(row.figure_values) as number[];
          const map = new Map<string, number>();
          values.forEach((v, i) => {
            map.set(row.codes.slice(i * 3, i * 3 + 3), v);
          });
          series.set(keyOf(row.indicator_id, row.year), {
            indicatorId: row.indicator_id,
            year: row.year,
            areaDivision: row.area_division,
            sourceId: row.source_id,
            values: map,
          });
        }
      }
      return index;
    },
  };
}

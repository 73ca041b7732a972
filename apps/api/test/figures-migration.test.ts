import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURE_ATTRIBUTION, FIGURES } from '@verkosto/data/figures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresMigrationSql } from '../scripts/figures-migration.ts';
import { createFigureStore } from '../src/store/figures.ts';
import { MIGRATIONS_DIR, openDatabase } from './database.ts';

const dir = fileURLToPath(MIGRATIONS_DIR);
const newest = readdirSync(dir)
  .filter((f) => /^\d{4}_figures.*\.sql$/.test(f))
  .sort()
  .at(-1)!;

describe('the figures migration', () => {
  it('is what scripts/figures-migration.ts writes from @verkosto/data/figures', () => {
    // On failure: `node scripts/figures-migration.ts` (or a new migration when 0006 is deployed).
    expect(readFileSync(join(dir, newest), 'utf8')).toBe(figuresMigrationSql());
  });

  let work: string;
  let db: Awaited<ReturnType<typeof openDatabase>>['db'];
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'verkosto-figures-'));
    ({ db } = await openDatabase(join(work, 'figures.db')));
  });
  afterAll(() => {
    db.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reads back every indicator, source and value exactly, by key', async () => {
    const store = createFigureStore(db);
    const { index, attribution } = await store.catalogue();
    expect(attribution).toEqual(FIGURE_ATTRIBUTION);
    expect(index.table.version).toBe(FIGURES.version);
    expect(index.table.indicators).toEqual(FIGURES.indicators);
    expect(index.table.sources).toEqual(FIGURES.sources);
    // Nothing is read before it is asked for.
    expect(index.table.series).toEqual([]);
    await store.load(FIGURES.series.map((s) => [s.indicatorId, s.year] as const));
    expect(index.table.series).toHaveLength(FIGURES.series.length);
    for (const expected of FIGURES.series) {
      const got = index.series(expected.indicatorId, expected.year)!;
      expect(got.areaDivision).toBe(expected.areaDivision);
      expect(got.sourceId).toBe(expected.sourceId);
      expect(new Map([...got.values].sort())).toEqual(new Map([...expected.values].sort()));
    }
  });

  it('loads only the series asked for, and none for a year not held', async () => {
    const store = createFigureStore(db);
    const index = await store.load([
      ['employment_rate_pct', 2017],
      ['employment_rate_pct', 2018],
    ]);
    expect(index.table.series.map((s) => `${s.indicatorId}/${s.year}`)).toEqual([
      'employment_rate_pct/2017',
    ]);
    expect(index.series('employment_rate_pct', 2018)).toBeUndefined();
    expect(index.nearestYear('employment_rate_pct', 2018)).toBe(2017);
  });
});

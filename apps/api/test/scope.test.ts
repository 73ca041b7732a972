import { usoDataset } from '@verkosto/data';
import { selectScope, type WriteScope } from '@verkosto/validation';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, insertRow } from '../src/store/entities.ts';
import { loadScope } from '../src/store/scope.ts';
import { workshop } from './activities.ts';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
  // Activities in two periods (one soft-deleted below), out of id order.
  await t.db.batch(
    [
      workshop('uso-4-b', '2018-02-01', '609'),
      workshop('uso-4-a', '2018-02-01', '091'),
      { ...workshop('uso-4-c', '2017-05-01', '609'), status: 'held' as const },
      { ...workshop('uso-2-a', '2013-05-01', '609'), periodId: 'uso-2', themeIds: [] },
    ].map((a) => insertRow(t.db, ENTITIES.activities, a)),
  );
  // A soft-deleted period: neither it nor its themes and members are live data.
  await t.db
    .prepare("UPDATE periods SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'uso-2'")
    .run();
});
afterAll(() => t.close());

describe('a write’s scope, loaded by index', () => {
  it('is exactly what selectScope picks from the whole live dataset', async () => {
    const dataset = await t.store.reads.dataset();
    const ids = (items: Array<{ id: string }>) => [...items.map((i) => i.id), 'uso-2', 'ei-ole'];
    const keys = ['uso-4', 'uso-2', 'ei-ole'].flatMap((p) =>
      ['609', '091', '853', '999'].map((c) => `${p}/${c}`),
    );
    const some = (values: string[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
    const scopes = fc.record({
      networks: some([...ids(usoDataset.networks)]),
      networksOfPeriods: some(ids(usoDataset.periods)),
      periods: some(ids(usoDataset.periods)),
      themes: some([...ids(usoDataset.themes), 'uso-2-hyvinvointi']),
      membersOf: some(ids(usoDataset.periods)),
      activitiesOf: some(ids(usoDataset.periods)),
      // By key: members and workshops as `period/code`, activities by id, programmes.
      members: some(keys),
      activities: some(['uso-4-a', 'uso-4-b', 'uso-2-a', 'ei-ole']),
      workshops: some(keys),
      programmesOf: some(ids(usoDataset.periods)),
    }) satisfies fc.Arbitrary<WriteScope>;
    await fc.assert(
      fc.asyncProperty(scopes, async (scope) => {
        expect(await loadScope(t.db, scope)).toEqual(selectScope(dataset, scope));
      }),
      { numRuns: 150 },
    );
  });
});

import { type Dataset, emptyDataset } from '@verkosto/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpVersion } from '../src/store/commit.ts';
import { getJson, testApp } from './harness.ts';

// A municipality's memberships are read through the networks it has members in (migration 0009):
// every way a membership comes to be must leave its (municipality, network) there.

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const historyOf = async (code: string) =>
  (await getJson(t.app, `/v1/municipalities/${code}`)).body.data.participations as Array<{
    periodId: string;
    networkId: string;
  }>;

const post = (path: string, body: unknown, type = 'application/json') =>
  t.app.request(path, {
    method: 'POST',
    headers: t.as('editor', { 'content-type': type }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Memberships whose (municipality, network) the table misses: none, whatever was written. */
const missing = async () =>
  (await t.db
    .prepare(
      'SELECT count(*) AS n FROM participations pa JOIN periods pe ON pe.id = pa.period_id WHERE NOT EXISTS (SELECT 1 FROM municipality_networks mn WHERE mn.municipality_code = pa.municipality_code AND mn.network_id = pe.network_id)',
    )
    .first<{ n: number }>())!.n;

const network = (id: string): Dataset => ({
  ...emptyDataset(),
  networks: [{ id, name: { fi: id }, organiser: 'Kuntaliitto', links: [], sources: [] }],
  periods: [
    {
      id: `${id}-1`,
      networkId: id,
      ordinal: 1,
      label: `${id} 1`,
      startDate: '2021-01-01',
      endDate: '2022-12-31',
      sources: [],
    },
  ],
});

describe('a municipality’s memberships', () => {
  it('are those of the seed', async () => {
    expect(await missing()).toBe(0);
    expect(await historyOf('609')).toEqual([
      { periodId: 'uso-4', networkId: 'uso', label: 'USO 4', role: 'kehittajakunta' },
    ]);
  });

  it('include a member added by a write, and not after it is removed', async () => {
    expect((await post('/v1/networks', network('kolmio').networks[0])).status).toBe(201);
    const { id: _, networkId: __, ...period } = network('kolmio').periods[0]!;
    expect((await post('/v1/networks/kolmio/periods', { id: 'kolmio-1', ...period })).status).toBe(
      201,
    );
    expect(
      (await post('/v1/periods/kolmio-1/participants', { municipalityCode: '609' })).status,
    ).toBe(201);
    expect(await missing()).toBe(0);
    expect((await historyOf('609')).map((m) => m.periodId)).toEqual(['kolmio-1', 'uso-4']);

    const removed = await t.app.request('/v1/periods/kolmio-1/participants/609', {
      method: 'DELETE',
      headers: t.as('editor', { 'if-match': '*' }),
    });
    expect(removed.status).toBe(204);
    // The network's row stays (a superset); the read finds no membership through it.
    expect((await historyOf('609')).map((m) => m.periodId)).toEqual(['uso-4']);
  });

  it('include members imported from a CSV, and leave out a deleted period', async () => {
    expect((await post('/v1/import', network('nelio'))).status).toBe(200);
    const csv = 'period_id;municipality_code\r\nnelio-1;609\r\nnelio-1;091\r\n';
    const imported = await post('/v1/import', csv, 'text/csv');
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect(await missing()).toBe(0);
    expect((await historyOf('091')).map((m) => m.periodId)).toContain('nelio-1');
    expect((await historyOf('609')).map((m) => m.periodId)).toEqual(['nelio-1', 'uso-4']);

    const deleted = await t.app.request('/v1/periods/nelio-1', {
      method: 'DELETE',
      headers: t.as('editor', { 'if-match': '*' }),
    });
    expect(deleted.status).toBe(204);
    expect((await historyOf('609')).map((m) => m.periodId)).toEqual(['uso-4']);
  });

  it('stay where they are when an import would move their period, and follow a move in SQL', async () => {
    const moving = network('viisikko');
    moving.participations = [
      { periodId: 'viisikko-1', municipalityCode: '609', role: 'kehittajakunta', sources: [] },
    ];
    expect((await post('/v1/import', moving)).status).toBe(200);
    expect((await post('/v1/import', network('kuusikko'))).status).toBe(200);
    const moved: Dataset = {
      ...network('kuusikko'),
      periods: [{ ...moving.periods[0]!, networkId: 'kuusikko', ordinal: 2 }],
    };
    const res = await post('/v1/import', moved);
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toContainEqual(
      expect.objectContaining({ code: 'moved_by_import', path: '/periods/0/networkId' }),
    );
    const networkOf = async () =>
      (await historyOf('609')).find((m) => m.periodId === 'viisikko-1')?.networkId;
    expect(await networkOf()).toBe('viisikko');

    // No route moves a period; if the database ever does, the migration's trigger keeps up.
    await t.db.batch([
      t.db.prepare(
        "UPDATE periods SET network_id = 'kuusikko', ordinal = 2, data = json_set(data, '$.networkId', 'kuusikko', '$.ordinal', 2) WHERE id = 'viisikko-1'",
      ),
      bumpVersion(t.db),
    ]);
    t.store.invalidate();
    expect(await missing()).toBe(0);
    expect(await networkOf()).toBe('kuusikko');
  });
});

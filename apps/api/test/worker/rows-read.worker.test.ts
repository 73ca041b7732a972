import { env } from 'cloudflare:workers';
import type { Dataset } from '@verkosto/core';
import { municipalityRegistry } from '@verkosto/data';
import { expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { countRowsRead } from '../../src/db/rows-read.ts';
import { createStore } from '../../src/store/store.ts';
import type { WorkerEnv } from '../../src/worker.ts';

// The app as worker.ts builds it (D1, version asked on every request), over a D1 that counts the
// rows each statement reads: what a request costs on Workers.
const bindings = env as unknown as WorkerEnv & { ADMIN_TOKEN: string };
const counter = countRowsRead(bindings.DB);
const app = createApp({
  store: createStore(counter.db, { versionTtlMs: 0 }),
  registry: municipalityRegistry,
});
const request = (path: string, init?: RequestInit) =>
  app.fetch(new Request(`http://verkosto.test${path}`, init));
const auth = { authorization: `Bearer ${bindings.ADMIN_TOKEN}` };
const PAGE = '/v1/periods/uso-7/participants?limit=10';

/** Adds a member to a seed period, then reads a page of its members: the rows that read took. */
async function pageReadAfterWrite(code: string): Promise<number> {
  const added = await request('/v1/periods/uso-7/participants', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ municipalityCode: code }),
  });
  expect(added.status).toBe(201);
  counter.reset();
  const page = await request(PAGE);
  expect(page.status).toBe(200);
  await page.arrayBuffer();
  const rows = counter.rowsRead();
  const removed = await request(`/v1/periods/uso-7/participants/${code}`, {
    method: 'DELETE',
    headers: { ...auth, 'if-match': '*' },
  });
  expect(removed.status).toBe(204);
  return rows;
}

/**
 * Another network with `periods` one-year periods of every municipality of their year (but
 * `without`).
 */
function otherNetwork(periods: number, id = 'laskuri', without?: string): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [],
    networks: [{ id, name: { fi: 'Laskuri' }, organiser: 'Kuntaliitto', links: [], sources: [] }],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let ordinal = 1; ordinal <= periods; ordinal++) {
    const year = 2010 + ordinal;
    const periodId = `${id}-${ordinal}`;
    dataset.periods.push({
      id: periodId,
      networkId: id,
      ordinal,
      label: `Laskuri ${ordinal}`,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      sources: [],
    });
    for (const m of municipalityRegistry.validOn(`${year}-01-01`))
      if ((!m.validTo || m.validTo > `${year}-12-31`) && m.code !== without)
        dataset.participations.push({
          periodId,
          municipalityCode: m.code,
          role: 'kehittajakunta',
          sources: [],
        });
  }
  return dataset;
}

it('reads O(page) rows from D1 for a page read after a write, however much is stored', async () => {
  const members = (await (await request('/v1/periods/uso-7/participants?limit=500')).json()) as {
    data: Array<{ municipalityCode: string }>;
  };
  const taken = new Set(members.data.map((m) => m.municipalityCode));
  const code = municipalityRegistry
    .validOn('2025-01-01')
    .find((m) => !m.validTo && !taken.has(m.code))!.code;

  const onSeed = await pageReadAfterWrite(code);
  // A JSON import of thousands of rows: also proves the multi-row inserts fit D1's limits.
  const dataset = otherNetwork(10);
  const imported = await request('/v1/import', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(dataset),
  });
  expect(imported.status, await imported.clone().text()).toBe(200);
  const stored = dataset.participations.length;
  const withMore = await pageReadAfterWrite(code);

  console.log(
    `D1 rows read by a page read (${PAGE}) after a write: ${onSeed} on the seed, ${withMore} with ${stored} more participations stored`,
  );
  expect(onSeed).toBeGreaterThan(0);
  // The page and its period's members, not the stored rows: the same count either way.
  expect(withMore).toBe(onSeed);
  expect(withMore).toBeLessThan(stored / 10);
});

it('reads a municipality’s memberships through its networks, not every stored membership', async () => {
  // Pori (609): a member of USO 4 (and of whatever the test above imported).
  const page = async () => {
    counter.reset();
    const res = await request('/v1/municipalities/609');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { participations: Array<{ periodId: string }> } };
    return { rows: counter.rowsRead(), periods: body.data.participations.map((p) => p.periodId) };
  };
  const before = await page();
  expect(before.periods).toContain('uso-4');
  const dataset = otherNetwork(10, 'muut', '609');
  const imported = await request('/v1/import', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(dataset),
  });
  expect(imported.status, await imported.clone().text()).toBe(200);
  const after = await page();
  console.log(
    `D1 rows read by a municipality page: ${before.rows} on the seed, ${after.rows} with ${dataset.participations.length} more participations of others stored`,
  );
  expect(after.periods).toEqual(before.periods);
  expect(before.rows).toBeGreaterThan(0);
  expect(after.rows).toBe(before.rows);
});

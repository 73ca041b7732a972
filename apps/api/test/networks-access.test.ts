import { emptyDataset } from '@verkosto/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
const sessions: Record<string, Record<string, string>> = {};
const json = { 'content-type': 'application/json' };

async function signIn(username: string) {
  const res = await t.app.request('/v1/auth/login', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password: 'a long enough passphrase' }),
  });
  const { data } = await res.json();
  return {
    ...json,
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': data.csrfToken as string,
    'if-match': '*',
  };
}

beforeAll(async () => {
  t = await testApp();
  // A second network with a period and a theme, next to the seed's USO.
  const write = (path: string, body: unknown) =>
    t.app.request(path, { method: 'POST', headers: t.as('admin'), body: JSON.stringify(body) });
  await write('/v1/networks', {
    id: 'toinen',
    name: { fi: 'Toinen verkosto' },
    organiser: 'Kuntaliitto',
    links: [],
    sources: [],
  });
  await write('/v1/networks/toinen/periods', {
    id: 'toinen-1',
    ordinal: 1,
    label: 'Toinen 1',
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    sources: [],
  });
  await write('/v1/periods/toinen-1/themes', {
    slug: 'teema',
    name: { fi: 'Teema' },
    origin: 'new',
    keywords: [],
    sources: [],
  });
  await write('/v1/periods/toinen-1/participants', { municipalityCode: '091' });
  for (const period of ['toinen-1', 'uso-7'])
    await write(`/v1/periods/${period}/activities`, {
      id: `${period}-seminaari`,
      kind: 'national-seminar',
      title: { fi: 'Seminaari' },
      start: period === 'uso-7' ? '2023-03-01' : '2025-03-01',
      end: period === 'uso-7' ? '2023-03-01' : '2025-03-01',
    });
  for (const username of ['uso-coordinator', 'any-editor'])
    await createUser(
      t.db,
      { username, password: 'a long enough passphrase', role: 'editor' },
      1_000,
    );
  const users = (await getJson(t.app, '/v1/users', { headers: t.as('admin') })).body.data;
  const id = users.find((u: { username: string }) => u.username === 'uso-coordinator').id;
  const limited = await t.app.request(`/v1/users/${id}`, {
    method: 'PATCH',
    headers: t.as('admin'),
    body: JSON.stringify({ networks: ['uso'] }),
  });
  expect(limited.status).toBe(200);
  expect((await limited.json()).data.networks).toEqual(['uso']);
  sessions.limited = await signIn('uso-coordinator');
  sessions.unlimited = await signIn('any-editor');
});
afterAll(() => t.close());

// Every write that touches a network's data, in USO (`uso`) and in the other network.
const routes = (n: 'uso' | 'toinen') => {
  const period = n === 'uso' ? 'uso-7' : 'toinen-1';
  const theme = n === 'uso' ? 'uso-5-kukoistava-kunta' : 'toinen-1-teema';
  const member = n === 'uso' ? '609' : '091';
  const memberPeriod = n === 'uso' ? 'uso-4' : 'toinen-1';
  return [
    ['PATCH', `/v1/networks/${n}`, { shortName: 'X' }],
    ['DELETE', `/v1/networks/${n}`],
    ['POST', `/v1/networks/${n}/periods`, { id: `${n}-99`, ordinal: 99, label: 'X' }],
    ['PATCH', `/v1/periods/${period}`, { reportedMemberCount: 3 }],
    ['DELETE', `/v1/periods/${period}`],
    ['POST', `/v1/periods/${period}/restore`],
    ['POST', `/v1/periods/${period}/themes`, { slug: 'uusi' }],
    ['PATCH', `/v1/themes/${theme}`, { keywords: ['x'] }],
    ['DELETE', `/v1/themes/${theme}`],
    ['POST', `/v1/themes/${theme}/restore`],
    ['POST', `/v1/periods/${period}/participants`, { municipalityCode: '049' }],
    ['PATCH', `/v1/periods/${memberPeriod}/participants/${member}`, { leftOn: '2020-01-01' }],
    ['DELETE', `/v1/periods/${memberPeriod}/participants/${member}`],
    [
      'POST',
      `/v1/periods/${period}/activities`,
      {
        kind: 'work-seminar',
        title: { fi: 'Työseminaari' },
        start: '2024-05-02',
        end: '2024-05-02',
      },
    ],
    ['PATCH', `/v1/activities/${period}-seminaari`, { participantCount: 40 }],
    ['DELETE', `/v1/activities/${period}-seminaari`],
    ['PUT', `/v1/periods/${period}/programme`, { planned: [], sources: [] }],
    [
      'POST',
      '/v1/import?dryRun=true',
      {
        formatVersion: 1,
        sources: [],
        networks: [],
        periods: [],
        themes: [],
        participations: [
          { periodId: period, municipalityCode: '049', role: 'kehittajakunta', sources: [] },
        ],
      },
    ],
  ] as Array<[string, string, unknown?]>;
};

describe('editors limited to named networks', () => {
  const cases = (['limited', 'unlimited'] as const).flatMap((who) =>
    (['uso', 'toinen'] as const).flatMap((network) =>
      routes(network).map(([method, path, body]) => ({ who, network, method, path, body })),
    ),
  );
  it.each(cases.map((c) => [`${c.who} editor, ${c.method} ${c.path}`, c] as const))(
    '%s',
    async (_, { who, network, method, path, body }) => {
      // Read the rows first, so a refused write can be seen to change nothing.
      const before = (await getJson(t.app, '/v1/export')).body;
      const res = await t.app.request(path, {
        method,
        headers: sessions[who]!,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const refused = who === 'limited' && network === 'toinen';
      if (refused) {
        expect(res.status).toBe(403);
        expect((await res.json()).detail).toContain('uso');
        expect((await getJson(t.app, '/v1/export')).body).toEqual(before);
      } else expect(res.status).not.toBe(403);
    },
  );

  it('refuses a limited editor a new network, and an import that names another network', async () => {
    const res = await t.app.request('/v1/networks', {
      method: 'POST',
      headers: sessions.limited!,
      body: JSON.stringify({
        id: 'oma',
        name: { fi: 'Oma' },
        organiser: 'X',
        links: [],
        sources: [],
      }),
    });
    expect(res.status).toBe(403);
    const csv = 'period_id,municipality_code\ntoinen-1,049\n';
    const imported = await t.app.request('/v1/import?dryRun=true', {
      method: 'POST',
      headers: { ...sessions.limited!, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(imported.status).toBe(403);
  });

  it('refuses a limited editor an import that moves another network’s period into theirs', async () => {
    const stored = (await getJson(t.app, '/v1/export')).body.periods.find(
      (p: { id: string }) => p.id === 'toinen-1',
    );
    const moving = { ...emptyDataset(), periods: [{ ...stored, networkId: 'uso', ordinal: 99 }] };
    for (const dryRun of ['?dryRun=true', '']) {
      const res = await t.app.request(`/v1/import${dryRun}`, {
        method: 'POST',
        headers: sessions.limited!,
        body: JSON.stringify(moving),
      });
      expect(res.status).toBe(403);
      expect((await res.json()).detail).toContain('toinen');
    }
    const after = (await getJson(t.app, '/v1/periods/toinen-1')).body.data;
    expect(after.networkId).toBe('toinen');
  });

  it('refuses a limited editor an import that moves another network’s theme or activity to theirs', async () => {
    const created = await t.app.request('/v1/periods/toinen-1/activities', {
      method: 'POST',
      headers: t.as('admin'),
      body: JSON.stringify({
        id: 'toinen-1-siirto',
        kind: 'national-seminar',
        title: { fi: 'Seminaari' },
        start: '2025-04-01',
        end: '2025-04-01',
      }),
    });
    expect(created.status).toBe(201);
    const stored = (await getJson(t.app, '/v1/export')).body;
    const theme = stored.themes.find((x: { periodId: string }) => x.periodId === 'toinen-1');
    const activity = stored.activities.find((x: { id: string }) => x.id === 'toinen-1-siirto');
    const into = stored.periods.find((p: { id: string }) => p.id === 'uso-4');
    const datasets = [
      { themes: [{ ...theme, periodId: into.id, slug: 'siirretty' }] },
      {
        activities: [
          { ...activity, periodId: into.id, start: into.startDate, end: into.startDate },
        ],
      },
    ];
    for (const data of datasets) {
      const res = await t.app.request('/v1/import', {
        method: 'POST',
        headers: sessions.limited!,
        body: JSON.stringify({ ...emptyDataset(), ...data }),
      });
      // Refused as a move whoever asks (the stored activity found by its id), nothing written.
      expect(res.status).toBe(400);
      expect((await res.json()).issues).toContainEqual(
        expect.objectContaining({
          code: 'moved_by_import',
          path: 'themes' in data ? '/themes/0/periodId' : '/activities/0/periodId',
        }),
      );
    }
    expect((await getJson(t.app, '/v1/export')).body).toEqual(stored);
  });

  it('lifts the limit with networks: null', async () => {
    const users = (await getJson(t.app, '/v1/users', { headers: t.as('admin') })).body.data;
    const user = users.find((u: { username: string }) => u.username === 'uso-coordinator');
    expect(user.networks).toEqual(['uso']);
    const lifted = await t.app.request(`/v1/users/${user.id}`, {
      method: 'PATCH',
      headers: t.as('admin'),
      body: JSON.stringify({ networks: null }),
    });
    expect((await lifted.json()).data.networks).toBeNull();
    const res = await t.app.request('/v1/networks/toinen', {
      method: 'PATCH',
      headers: sessions.limited!,
      body: JSON.stringify({ shortName: 'T' }),
    });
    expect(res.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_RESPONSE_SCHEMAS } from '../src/routes/write-helpers.ts';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Each write that answers with a body, in an order that makes each succeed. */
const writes: Array<{ method: string; path: string; body?: unknown; status: number }> = [
  {
    method: 'POST',
    path: '/v1/networks',
    status: 201,
    body: {
      id: 'kaavio',
      name: { fi: 'Kaavio' },
      organiser: 'Kuntaliitto',
      links: [],
      sources: [],
    },
  },
  { method: 'PATCH', path: '/v1/networks/kaavio', status: 200, body: { shortName: 'K' } },
  {
    method: 'POST',
    path: '/v1/networks/kaavio/periods',
    status: 201,
    body: {
      id: 'kaavio-1',
      ordinal: 1,
      label: 'Kaavio 1',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      sources: [],
    },
  },
  { method: 'PATCH', path: '/v1/periods/kaavio-1', status: 200, body: { label: 'Kaavio I' } },
  {
    method: 'POST',
    path: '/v1/periods/kaavio-1/themes',
    status: 201,
    body: { slug: 'teema', name: { fi: 'Teema' }, origin: 'new', keywords: [], sources: [] },
  },
  { method: 'PATCH', path: '/v1/themes/kaavio-1-teema', status: 200, body: { keywords: ['a'] } },
  { method: 'DELETE', path: '/v1/themes/kaavio-1-teema', status: 204 },
  { method: 'POST', path: '/v1/themes/kaavio-1-teema/restore', status: 200 },
  {
    method: 'POST',
    path: '/v1/periods/kaavio-1/participants',
    status: 201,
    body: { municipalityCode: '091' },
  },
  {
    method: 'PATCH',
    path: '/v1/periods/kaavio-1/participants/091',
    status: 200,
    body: { role: 'kumppani' },
  },
  {
    method: 'PUT',
    path: '/v1/periods/kaavio-1/programme',
    status: 200,
    body: {
      planned: [{ kind: 'national-seminar', count: 2, per: 'year', sources: [] }],
      workshopQuota: { count: 2, per: 'period', sources: [] },
      sources: [],
    },
  },
  {
    method: 'POST',
    path: '/v1/periods/kaavio-1/activities',
    status: 201,
    body: {
      id: 'kaavio-1-tyopaja',
      kind: 'municipal-workshop',
      title: { fi: 'Työpaja' },
      start: '2025-05-01T09:00',
      end: '2025-05-01T12:00',
      themeIds: ['kaavio-1-teema'],
      municipalityCode: '091',
    },
  },
  {
    method: 'PATCH',
    path: '/v1/activities/kaavio-1-tyopaja',
    status: 200,
    body: { status: 'held', participantCount: 12 },
  },
  { method: 'DELETE', path: '/v1/activities/kaavio-1-tyopaja', status: 204 },
  { method: 'DELETE', path: '/v1/periods/kaavio-1', status: 204 },
  { method: 'POST', path: '/v1/periods/kaavio-1/restore', status: 200 },
];

describe('write responses', () => {
  it('match the schema each route declares, for every write route with a body', async () => {
    const { body: document } = await getJson(t.app, '/openapi.json');
    const checked = new Set<string>();
    for (const write of writes) {
      const res = await t.app.request(write.path, {
        method: write.method,
        headers: t.as('editor', { 'if-match': '*' }),
        ...(write.body === undefined ? {} : { body: JSON.stringify(write.body) }),
      });
      const text = await res.text();
      expect(res.status, `${write.method} ${write.path}: ${text}`).toBe(write.status);
      if (write.status === 204) continue;
      // The route's declared response, as the OpenAPI document names it.
      const template = Object.keys(document.paths).find((p) =>
        new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(write.path),
      )!;
      const declared =
        document.paths[template][write.method.toLowerCase()].responses[String(write.status)];
      const ref: string = declared.content['application/json'].schema.$ref;
      const name = ref.split('/').at(-1)!;
      const schema = WRITE_RESPONSE_SCHEMAS.get(name);
      expect(schema, name).toBeDefined();
      const parsed = schema!.safeParse(JSON.parse(text));
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      checked.add(name);
    }
    expect([...checked].sort()).toEqual([...WRITE_RESPONSE_SCHEMAS.keys()].sort());
  });
});

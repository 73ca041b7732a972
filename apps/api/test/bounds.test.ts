import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const post = async (path: string, body: string, headers: Record<string, string>) => {
  const res = await t.app.request(path, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, size: text.length, body: JSON.parse(text) };
};
const json = { 'content-type': 'application/json' };
const emptyDataset = {
  formatVersion: 1,
  sources: [],
  networks: [],
  periods: [],
  themes: [],
  participations: [],
};

describe('bounded answers to unbounded input', () => {
  it('answers a huge invalid login body briefly: 100 issues and their total count', async () => {
    const keys = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1]));
    const res = await post('/v1/auth/login', JSON.stringify(keys), json);
    expect(res.status).toBe(400);
    expect(res.size).toBeLessThan(64 * 1024);
    expect(res.body.issues).toHaveLength(100);
    expect(res.body.issueCount).toBe(60_002);
    expect(res.body.invalidParams.length).toBeLessThanOrEqual(100);
  });

  it('refuses a theme with 100 000 keywords as too long, not one by one', async () => {
    const theme = { slug: 'paljon', name: { fi: 'Paljon' }, origin: 'new', sources: [] };
    for (const keyword of ['sana', 1]) {
      const res = await post(
        '/v1/periods/uso-5/themes',
        JSON.stringify({ ...theme, keywords: Array.from({ length: 100_000 }, () => keyword) }),
        t.as('editor'),
      );
      expect(res.status).toBe(400);
      expect(res.body.issues).toEqual([
        expect.objectContaining({ code: 'too_long', path: '/keywords' }),
      ]);
    }
  });

  it('never answers 500 to 300 000 invalid items in a write', async () => {
    const res = await post(
      '/v1/periods/uso-5/participants',
      JSON.stringify({
        municipalityCode: '091',
        sources: Array.from({ length: 300_000 }, () => 1),
      }),
      t.as('editor'),
    );
    expect(res.status).toBe(400);
  });

  it('answers an import of 130 000 invalid items with a 400 of 100 issues, not a 500', async () => {
    const body = { ...emptyDataset, participations: Array.from({ length: 130_000 }, () => ({})) };
    for (const path of ['/v1/import', '/v1/import?dryRun=true']) {
      const res = await post(path, JSON.stringify(body), t.as('editor'));
      expect(res.status).toBe(400);
      expect(res.size).toBeLessThan(64 * 1024);
      expect(res.body.issues).toHaveLength(100);
      expect(res.body.issueCount).toBe(1_000);
      expect(res.body.detail).toContain('stopped after 1 000 issues');
    }
  });

  it('answers a members CSV of 130 000 bad rows briefly', async () => {
    const csv = `period_id,municipality_code\n${'uso-5,9\n'.repeat(130_000)}`;
    const res = await post(
      '/v1/import?dryRun=true',
      csv,
      t.as('editor', { 'content-type': 'text/csv' }),
    );
    expect(res.status).toBe(200);
    expect(res.size).toBeLessThan(64 * 1024);
    expect(res.body.data.issues).toHaveLength(100);
    expect(res.body.data.issueCount).toBeGreaterThanOrEqual(130_000);
  });
});

describe('path parameters', () => {
  const send = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: t.as('admin', { 'if-match': '*' }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it.each([
    ['DELETE', '/v1/periods/uso-4/participants/609%2Fx'],
    ['PATCH', '/v1/periods/uso-4/participants/609%2Fx'],
    ['GET', '/v1/periods/uso-4/participants/609%2Fx'],
    ['DELETE', '/v1/periods/uso-4%2Fx/participants/609'],
    ['PATCH', '/v1/periods/uso-4%2F609'],
    ['DELETE', '/v1/themes/uso-5%2Fx'],
    ['PATCH', '/v1/networks/uso%2Fx'],
    ['DELETE', '/v1/tokens/a%2Fb'],
    ['GET', '/v1/municipalities/609%2Fx'],
  ])('%s %s is a 400 or 404 problem, never a 500', async (method, path) => {
    const res = await send(
      method,
      path,
      method === 'PATCH' ? { role: 'kehittajakunta' } : undefined,
    );
    expect([400, 404]).toContain(res.status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('names a malformed municipality code as the bad parameter', async () => {
    const res = await send('DELETE', '/v1/periods/uso-4/participants/609%2Fx');
    expect(res.status).toBe(400);
    expect((await res.json()).invalidParams).toEqual(['code']);
  });
});

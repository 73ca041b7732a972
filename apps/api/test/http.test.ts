import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('ETag and 304', () => {
  it('gives every GET a strong ETag and answers 304 to If-None-Match', async () => {
    const first = await t.app.request('/v1/periods/uso-4/participants');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const again = await t.app.request('/v1/periods/uso-4/participants', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(
      (
        await t.app.request('/v1/periods/uso-4/participants', {
          headers: { 'if-none-match': `W/${etag}, "other"` },
        })
      ).status,
    ).toBe(304);
    expect(
      (await t.app.request('/v1/periods/uso-4/participants', { headers: { 'if-none-match': '*' } }))
        .status,
    ).toBe(304);
    expect(
      (
        await t.app.request('/v1/periods/uso-4/participants', {
          headers: { 'if-none-match': '"stale"' },
        })
      ).status,
    ).toBe(200);
  });

  it('gives different variants different tags', async () => {
    const fi = (await t.app.request('/v1/networks/uso')).headers.get('etag');
    const sv = (await t.app.request('/v1/networks/uso?lang=sv')).headers.get('etag');
    expect(fi).not.toBe(sv);
  });

  it('changes the tag when the data changes', async () => {
    const before = (await t.app.request('/v1/networks/uso')).headers.get('etag');
    await t.db.batch([
      t.db.prepare(
        "UPDATE networks SET data = json_set(data, '$.shortName', 'USO!'), version = version + 1 WHERE id = 'uso'",
      ),
      t.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'"),
    ]);
    t.store.invalidate();
    const res = await t.app.request('/v1/networks/uso');
    expect(res.headers.get('etag')).not.toBe(before);
    expect((await res.json()).data.shortName).toBe('USO!');
  });

  it('answers HEAD without a body', async () => {
    const res = await t.app.request('/v1/networks', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.text()).toBe('');
  });
});

describe('errors as problems', () => {
  it('405 with Allow for a method the resource lacks', async () => {
    const res = await t.app.request('/v1/networks/uso', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('DELETE, GET, HEAD, OPTIONS, PATCH');
    expect(await res.json()).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
  });

  it('406 when Accept allows nothing we have', async () => {
    const res = await t.app.request('/v1/networks', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(406);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(
      (
        await t.app.request('/v1/networks', {
          headers: { accept: 'application/json;q=0.9, */*;q=0.1' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.app.request('/v1/export?format=csv', { headers: { accept: 'text/csv' } })).status,
    ).toBe(200);
    expect(
      (await t.app.request('/v1/export?format=csv', { headers: { accept: 'application/json' } }))
        .status,
    ).toBe(406);
  });

  it('404 for unknown paths, and problem types that describe themselves', async () => {
    const { status, body } = await getJson(t.app, '/nowhere');
    expect(status).toBe(404);
    expect(body.type).toBe('/problems/not-found');
    const type = await getJson(t.app, body.type);
    expect(type.body).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('500 without internals, and logs the error', async () => {
    const broken = await testApp();
    broken.db.close();
    const res = await broken.app.request('/v1/networks');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({
      type: '/problems/internal',
      title: 'Internal server error',
      status: 500,
      detail: 'The server failed to answer. The error has been logged.',
      instance: '/v1/networks',
    });
    expect(JSON.stringify(body)).not.toMatch(/sqlite|database|stack/i);
  });
});

describe('headers', () => {
  it('sets secure headers and CORS for reads', async () => {
    const res = await t.app.request('/v1/networks', { headers: { origin: 'https://example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    const preflight = await t.app.request('/v1/networks', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
  });
});

describe('service endpoints', () => {
  it('is healthy', async () => {
    const { status, body } = await getJson(t.app, '/healthz');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('renders the API reference without external resources', async () => {
    const res = await t.app.request('/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<code>/v1/periods/{periodId}/participants</code>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)[^"]*\.(js|css)/);
  });
});

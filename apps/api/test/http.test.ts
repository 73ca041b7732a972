import { readFileSync } from 'node:fs';
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
    // As an editor: an anonymous write of any method is 401 first.
    const res = await t.app.request('/v1/networks/uso', { method: 'PUT', headers: t.as('editor') });
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

  it('serves the API reference page with only its own scripts and a fresh style nonce', async () => {
    const first = await t.app.request('/docs');
    const html = await first.text();
    expect(first.headers.get('content-type')).toContain('text/html');
    expect(first.headers.get('cache-control')).toBe('no-store');
    const csp = first.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(html).toContain(`<meta property="csp-nonce" content="${nonce}">`);
    expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([
      ' src="/docs/start.js"',
      ' src="/docs/api-reference.js"',
    ]);
    expect(html).not.toMatch(/https?:\/\//);
    const again = await t.app.request('/docs');
    expect(again.headers.get('content-security-policy')).not.toContain(nonce);
    const start = await t.app.request('/docs/start.js');
    expect(start.headers.get('content-type')).toContain('text/javascript');
    expect(await start.text()).toContain('url":"/openapi.json"');
  });

  it('serves the Scalar bundle it is given, and 404 without one', async () => {
    expect((await t.app.request('/docs/api-reference.js')).status).toBe(404);
    const bundle = readFileSync(
      new URL('./browser/standalone.js', import.meta.resolve('@scalar/api-reference')),
    );
    const withBundle = await testApp({ apiReferenceScript: async () => bundle });
    try {
      const res = await withBundle.app.request('/docs/api-reference.js');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/javascript');
      expect(Buffer.from(await res.arrayBuffer()).equals(bundle)).toBe(true);
    } finally {
      withBundle.close();
    }
  });
});

describe('ETag on every GET', () => {
  it.each([
    '/openapi.json',
    '/docs/start.js',
    '/healthz',
    '/problems/not-found',
    '/v1/export?format=csv',
    '/v1/municipalities/091',
  ])('%s has one, and answers 304 to it', async (path) => {
    const first = await t.app.request(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await t.app.request(path, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('content-type')).toBeNull();
  });

  it('tags reads with credentials too, without caching them for others', async () => {
    const res = await t.app.request('/v1/networks', { headers: t.as('viewer') });
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(
      (await t.app.request('/v1/networks', { headers: t.as('viewer', { 'if-none-match': etag }) }))
        .status,
    ).toBe(304);
    const me = await t.app.request('/v1/auth/me', { headers: t.as('viewer') });
    expect(me.headers.get('etag')).toBeTruthy();
    expect(me.headers.get('cache-control')).toBe('no-store');
    // A bad token is refused even where the anonymous answer is cached.
    await t.app.request('/v1/networks');
    expect(
      (await t.app.request('/v1/networks', { headers: { authorization: 'Bearer vk_nope' } }))
        .status,
    ).toBe(401);
  });

  it('answers the same tag for the same body, and another one for another variant', async () => {
    const a = (await t.app.request('/v1/periods/uso-4/themes')).headers.get('etag');
    const b = (await t.app.request('/v1/periods/uso-4/themes')).headers.get('etag');
    const en = (
      await t.app.request('/v1/periods/uso-4/themes', { headers: { 'accept-language': 'en' } })
    ).headers.get('etag');
    expect(a).toBe(b);
    expect(en).not.toBe(a);
  });
});

describe('caching headers', () => {
  it('public reads revalidate and vary by Accept and Accept-Language; errors are never stored', async () => {
    const ok = await t.app.request('/v1/municipalities?q=helsingfors');
    expect(ok.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(ok.headers.get('vary')).toBe('Accept, Accept-Language');
    for (const path of ['/v1/periods/uso-99', '/v1/networks?limit=0', '/nowhere']) {
      const res = await t.app.request(path);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('etag'), path).toBeNull();
    }
  });
});

describe('problem details', () => {
  it('400 lists the issues and names each bad parameter', async () => {
    const { status, body, res } = await getJson(
      t.app,
      '/v1/municipalities?validOn=yesterday&region=Uusimaa&limit=9999',
    );
    expect(status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({
      type: '/problems/bad-request',
      title: 'Bad request',
      status: 400,
      instance: '/v1/municipalities',
    });
    expect(body.invalidParams.sort()).toEqual(['limit', 'region', 'validOn']);
    expect(body.detail).toContain('validOn');
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '/limit',
      '/region',
      '/validOn',
    ]);
    for (const issue of body.issues) {
      expect(issue).toMatchObject({ code: expect.any(String), severity: 'error' });
      expect(issue.message).toMatchObject({ fi: expect.any(String), en: expect.any(String) });
    }
  });

  it('every kind has its own stable type, which describes itself', async () => {
    for (const [kind, status] of [
      ['bad-request', 400],
      ['not-found', 404],
      ['method-not-allowed', 405],
      ['not-acceptable', 406],
      ['internal', 500],
    ] as const) {
      const { body } = await getJson(t.app, `/problems/${kind}`);
      expect(body).toMatchObject({ type: `/problems/${kind}`, status });
    }
    expect((await getJson(t.app, '/problems/nope')).status).toBe(404);
  });

  it('406 for the reference page when only JSON is acceptable', async () => {
    const res = await t.app.request('/docs', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(406);
    expect((await res.json()).type).toBe('/problems/not-acceptable');
  });

  it('405 on a read-only resource lists GET, HEAD and OPTIONS', async () => {
    const res = await t.app.request('/v1/municipalities', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/http/rate-limit.ts';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  t.app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

const etagOf = async (path: string) => (await t.app.request(path)).headers.get('etag')!;

describe('who may write', () => {
  // Every write route, with a body that would succeed for an allowed caller.
  const routes: Array<{
    method: string;
    path: string;
    body?: unknown;
    role: 'editor' | 'admin';
    ifMatch?: string;
  }> = [
    {
      method: 'POST',
      path: '/v1/networks',
      role: 'editor',
      body: {
        id: 'matrix',
        name: { fi: 'Matriisi' },
        organiser: 'Kuntaliitto',
        links: [],
        sources: [],
      },
    },
    {
      method: 'PATCH',
      path: '/v1/networks/uso',
      role: 'editor',
      body: { shortName: 'USO' },
      ifMatch: '/v1/networks/uso',
    },
    {
      method: 'POST',
      path: '/v1/networks/uso/periods',
      role: 'editor',
      body: {
        id: 'uso-8',
        ordinal: 8,
        label: 'USO 8',
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        sources: [],
      },
    },
    {
      method: 'PATCH',
      path: '/v1/periods/uso-7',
      role: 'editor',
      body: { reportedMemberCount: 20 },
      ifMatch: '/v1/periods/uso-7',
    },
    {
      method: 'POST',
      path: '/v1/periods/uso-5/themes',
      role: 'editor',
      body: {
        slug: 'matriisi',
        name: { fi: 'Matriisi' },
        origin: 'new',
        keywords: [],
        sources: [],
      },
    },
    {
      method: 'PATCH',
      path: '/v1/themes/uso-5-kukoistava-kunta',
      role: 'editor',
      body: { keywords: ['kukoistus'] },
      ifMatch: '/v1/themes/uso-5-kukoistava-kunta',
    },
    {
      method: 'POST',
      path: '/v1/periods/uso-5/participants',
      role: 'editor',
      body: { municipalityCode: '049' },
    },
    { method: 'POST', path: '/v1/tokens', role: 'admin', body: { name: 'bot', role: 'viewer' } },
    {
      method: 'POST',
      path: '/v1/users',
      role: 'admin',
      body: { username: 'matti', password: 'long enough password', role: 'viewer' },
    },
    { method: 'GET', path: '/v1/audit', role: 'admin' },
    { method: 'GET', path: '/v1/tokens', role: 'admin' },
    { method: 'GET', path: '/v1/users', role: 'admin' },
    {
      method: 'POST',
      path: '/v1/import?dryRun=true',
      role: 'editor',
      body: {
        formatVersion: 1,
        sources: [],
        networks: [],
        periods: [],
        themes: [],
        participations: [],
      },
    },
  ];
  const callers = ['anonymous', 'viewer', 'editor', 'admin'] as const;

  it.each(
    routes.flatMap((route) =>
      callers.map((caller) => [`${caller} ${route.method} ${route.path}`, caller, route] as const),
    ),
  )('%s', async (_, caller, route) => {
    const ifMatch: Record<string, string> = route.ifMatch
      ? { 'if-match': await etagOf(route.ifMatch) }
      : {};
    const headers: Record<string, string> =
      caller === 'anonymous'
        ? { 'content-type': 'application/json', ...ifMatch }
        : t.as(caller, ifMatch);
    const auditBefore = await t.auditCount();
    const res = await send(route.method, route.path, headers, route.body);
    // Every successful data write leaves exactly one audit row; anything else leaves none.
    const writesData =
      route.method !== 'GET' &&
      !route.path.startsWith('/v1/tokens') &&
      !route.path.startsWith('/v1/users') &&
      !route.path.includes('dryRun');
    expect(await t.auditCount()).toBe(auditBefore + (res.ok && writesData ? 1 : 0));
    const allowed = caller === 'admin' || (caller === 'editor' && route.role === 'editor');
    if (caller === 'anonymous') expect(res.status).toBe(401);
    else if (!allowed) expect(res.status).toBe(403);
    // Allowed callers pass authorization (a create may then find what another caller made: 409).
    else expect([200, 201, 409], await res.text()).toContain(res.status);
  });
});

describe('members', () => {
  it('adds a member: 201, Location, ETag, one audit row; the same again is 409', async () => {
    const before = await t.auditCount();
    const res = await send('POST', '/v1/periods/uso-5/participants', t.as('editor'), {
      municipalityCode: '091',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/v1/periods/uso-5/participants/091');
    expect(res.headers.get('etag')).toBe('"v1-fi"');
    expect((await res.json()).data).toMatchObject({
      municipalityCode: '091',
      name: 'Helsinki',
      role: 'kehittajakunta',
    });
    expect(await t.auditCount()).toBe(before + 1);
    expect(
      (
        await send('POST', '/v1/periods/uso-5/participants', t.as('editor'), {
          municipalityCode: '091',
        })
      ).status,
    ).toBe(409);
    expect(await t.auditCount()).toBe(before + 1);
    const list = await getJson(t.app, '/v1/periods/uso-5/participants');
    expect(list.body.data.map((p: { municipalityCode: string }) => p.municipalityCode)).toContain(
      '091',
    );
  });

  it.each([
    [{ municipalityCode: '999' }, 'unknown_municipality'],
    [{ municipalityCode: '911' }, 'municipality_abolished'],
    [{ municipalityCode: '91' }, 'invalid_municipality_code'],
    [{ municipalityCode: '092', colour: 'blue' }, '/colour'],
    [{ municipalityCode: '092', version: 3 }, '/version'],
    [{ municipalityCode: '092', periodId: 'uso-4' }, '/periodId'],
  ])('refuses %j with the rule’s issue (%s) and writes nothing', async (body, expected) => {
    const before = await t.auditCount();
    const res = await send('POST', '/v1/periods/uso-6/participants', t.as('editor'), body);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.type).toBe('/problems/bad-request');
    // Issue codes, or for unknown and server-owned fields the field's path.
    expect(
      problem.issues.flatMap((i: { code: string; path: string }) => [i.code, i.path]),
    ).toContain(expected);
    expect(await t.auditCount()).toBe(before);
  });

  it('removes a member with If-Match', async () => {
    await send('POST', '/v1/periods/uso-5/participants', t.as('editor'), {
      municipalityCode: '092',
    });
    const etag = await etagOf('/v1/periods/uso-5/participants/092');
    expect(
      (await send('DELETE', '/v1/periods/uso-5/participants/092', t.as('editor'))).status,
    ).toBe(428);
    expect(
      (
        await send(
          'DELETE',
          '/v1/periods/uso-5/participants/092',
          t.as('editor', { 'if-match': etag }),
        )
      ).status,
    ).toBe(204);
    expect((await t.app.request('/v1/periods/uso-5/participants/092')).status).toBe(404);
  });

  it('lets exactly one of 20 parallel identical creates win', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        send('POST', '/v1/periods/uso-6/participants', t.as('editor'), { municipalityCode: '853' }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const rows = await t.db
      .prepare(
        "SELECT count(*) AS n FROM participations WHERE period_id = 'uso-6' AND municipality_code = '853'",
      )
      .first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });
});

describe('optimistic concurrency', () => {
  const path = '/v1/themes/uso-5-resurssialykkyys';

  it('needs If-Match (428), refuses a stale one (412 with the current ETag), accepts the current one', async () => {
    expect((await send('PATCH', path, t.as('editor'), { keywords: ['a'] })).status).toBe(428);
    const etag = await etagOf(path);
    const ok = await send('PATCH', path, t.as('editor', { 'if-match': etag }), {
      keywords: ['ilmasto'],
    });
    expect(ok.status).toBe(200);
    const next = ok.headers.get('etag')!;
    expect(next).not.toBe(etag);
    const stale = await send('PATCH', path, t.as('editor', { 'if-match': etag }), {
      keywords: ['vanha'],
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('etag')).toBe(next.replace('-fi', ''));
    expect((await getJson(t.app, path)).body.data.keywords).toEqual(['ilmasto']);
  });

  it('lets exactly one of concurrent PATCHes with the same If-Match win: no lost update', async () => {
    const etag = await etagOf(path);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send('PATCH', path, t.as('editor', { 'if-match': etag }), {
          keywords: [`kirjoittaja-${i}`],
        }),
      ),
    );
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(9);
    const won = (await winners[0]!.json()).data.keywords;
    expect((await getJson(t.app, path)).body.data.keywords).toEqual(won);
  });

  it('removes an optional field with null (merge patch) and refuses a change that breaks a rule', async () => {
    const theme = '/v1/themes/uso-5-kukoistava-kunta';
    const cleared = await send(
      'PATCH',
      theme,
      t.as('editor', { 'if-match': await etagOf(theme) }),
      { description: null },
    );
    expect(cleared.status).toBe(200);
    expect((await cleared.json()).data.description).toBeUndefined();
    const broken = await send('PATCH', theme, t.as('editor', { 'if-match': await etagOf(theme) }), {
      origin: 'continued',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).issues.map((i: { code: string }) => i.code)).toEqual([
      'origin_requires_reference',
    ]);
  });
});

describe('soft delete, restore and purge', () => {
  it('deletes a theme so reads no longer show it, restores it, and only admins purge', async () => {
    await send('POST', '/v1/periods/uso-6/themes', t.as('editor'), {
      slug: 'poistettava',
      name: { fi: 'Poistettava' },
      origin: 'new',
      keywords: [],
      sources: [],
    });
    const path = '/v1/themes/uso-6-poistettava';
    const etag = await etagOf(path);
    expect((await send('DELETE', path, t.as('editor', { 'if-match': etag }))).status).toBe(204);
    expect((await t.app.request(path)).status).toBe(404);
    const restored = await send('POST', `${path}/restore`, t.as('editor', { 'if-match': '*' }));
    expect(restored.status).toBe(200);
    expect((await t.app.request(path)).status).toBe(200);
    expect((await send('DELETE', `${path}?purge=true`, t.as('editor'))).status).toBe(403);
    expect((await send('DELETE', `${path}?purge=true`, t.as('admin'))).status).toBe(204);
    expect(
      (
        await t.db
          .prepare("SELECT count(*) AS n FROM themes WHERE id = 'uso-6-poistettava'")
          .first<{ n: number }>()
      )?.n,
    ).toBe(0);
  });

  it('refuses to delete a theme that another continues', async () => {
    const path = '/v1/themes/uso-4-strateginen-johtaminen';
    const res = await send('DELETE', path, t.as('editor', { 'if-match': await etagOf(path) }));
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { code: string }) => i.code)).toContain(
      'unknown_theme',
    );
  });
});

describe('the audit log', () => {
  it('records who changed what, filterable, and cannot be changed through the API', async () => {
    const { body } = await getJson(
      t.app,
      '/v1/audit?entity=theme&entityId=uso-5-resurssialykkyys',
      { headers: t.as('admin') },
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]).toMatchObject({
      actor: 'token:test-editor',
      action: 'update',
      entity: 'theme',
    });
    expect(body.data[0].before).toBeTruthy();
    expect(body.data[0].after).toBeTruthy();
    expect(
      (await getJson(t.app, '/v1/audit?actor=token:nobody', { headers: t.as('admin') })).body.data,
    ).toEqual([]);
    expect((await send('DELETE', '/v1/audit', t.as('admin'))).status).toBe(405);
    expect((await send('PATCH', '/v1/audit', t.as('admin'), {})).status).toBe(405);
  });
});

describe('sessions', () => {
  it('signs in with a password, needs the CSRF token for writes, signs out', async () => {
    const login = await send(
      'POST',
      '/v1/auth/login',
      { 'content-type': 'application/json' },
      { username: 'aino', password: 'correct horse battery' },
    );
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /verkosto_session=[^;]+; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Strict/,
    );
    const { data } = await login.json();
    const session = { cookie: cookie.split(';')[0]!, 'content-type': 'application/json' };
    // A reloaded page learns the CSRF token again from /v1/auth/me.
    expect((await getJson(t.app, '/v1/auth/me', { headers: session })).body.data).toEqual({
      kind: 'session',
      name: 'aino',
      role: 'editor',
      csrfToken: data.csrfToken,
    });
    expect(
      (await send('POST', '/v1/periods/uso-7/participants', session, { municipalityCode: '179' }))
        .status,
    ).toBe(403);
    expect(
      (
        await send(
          'POST',
          '/v1/periods/uso-7/participants',
          { ...session, 'x-csrf-token': data.csrfToken },
          { municipalityCode: '179' },
        )
      ).status,
    ).toBe(201);
    expect(
      (await send('POST', '/v1/auth/logout', { ...session, 'x-csrf-token': data.csrfToken }))
        .status,
    ).toBe(204);
    expect((await t.app.request('/v1/auth/me', { headers: session })).status).toBe(401);
  });

  it('limits failed sign-ins (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await send(
        'POST',
        '/v1/auth/login',
        { 'content-type': 'application/json' },
        { username: 'aino', password: `wrong ${i}` },
      );
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it('refuses a bad token instead of treating the caller as anonymous', async () => {
    const res = await t.app.request('/v1/networks', {
      headers: { authorization: 'Bearer vk_nope' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('revokes tokens', async () => {
    const created = await send('POST', '/v1/tokens', t.as('admin'), {
      name: 'short-lived',
      role: 'editor',
    });
    const { data } = await created.json();
    expect(data.token).toMatch(/^vk_/);
    expect(
      (await t.app.request('/v1/auth/me', { headers: { authorization: `Bearer ${data.token}` } }))
        .status,
    ).toBe(200);
    expect((await send('DELETE', `/v1/tokens/${data.id}`, t.as('admin'))).status).toBe(204);
    expect(
      (await t.app.request('/v1/auth/me', { headers: { authorization: `Bearer ${data.token}` } }))
        .status,
    ).toBe(401);
    const stored = await t.db
      .prepare('SELECT token_hash FROM api_tokens WHERE id = ?')
      .bind(data.id)
      .first<{ token_hash: string }>();
    expect(stored?.token_hash).not.toContain(data.token);
  });

  it('disables a user (signed out everywhere at once), enables them, changes a role', async () => {
    const login = (username: string, password: string) =>
      send(
        'POST',
        '/v1/auth/login',
        { 'content-type': 'application/json' },
        { username, password },
      );
    const created = await send('POST', '/v1/users', t.as('admin'), {
      username: 'eero',
      password: 'a long enough passphrase',
      role: 'editor',
    });
    const { id } = (await created.json()).data;
    const signedIn = await login('eero', 'a long enough passphrase');
    const session = { cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! };
    expect((await t.app.request('/v1/auth/me', { headers: session })).status).toBe(200);

    const disabled = await send('PATCH', `/v1/users/${id}`, t.as('admin'), { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await disabled.json()).data.disabledAt).toMatch(/^\d{4}-/);
    expect((await t.app.request('/v1/auth/me', { headers: session })).status).toBe(401);
    expect((await login('eero', 'a long enough passphrase')).status).toBe(401);

    const enabled = await send('PATCH', `/v1/users/${id}`, t.as('admin'), {
      disabled: false,
      role: 'viewer',
    });
    expect((await enabled.json()).data).toMatchObject({ role: 'viewer', disabledAt: null });
    const again = await login('eero', 'a long enough passphrase');
    expect((await again.json()).data.role).toBe('viewer');
    expect(
      (await send('PATCH', '/v1/users/nobody', t.as('admin'), { role: 'viewer' })).status,
    ).toBe(404);
    // Only admins manage users.
    for (const role of ['viewer', 'editor'] as const)
      expect((await send('PATCH', `/v1/users/${id}`, t.as(role), { role: 'admin' })).status).toBe(
        403,
      );
    expect((await send('PATCH', `/v1/users/${id}`, t.as('admin'), { admin: true })).status).toBe(
      400,
    );
  });

  it('does not let an admin disable or demote themselves', async () => {
    await send('POST', '/v1/users', t.as('admin'), {
      username: 'paivi',
      password: 'a long enough passphrase',
      role: 'admin',
    });
    const signedIn = await send(
      'POST',
      '/v1/auth/login',
      { 'content-type': 'application/json' },
      { username: 'paivi', password: 'a long enough passphrase' },
    );
    const { data } = await signedIn.json();
    const session = {
      cookie: signedIn.headers.get('set-cookie')!.split(';')[0]!,
      'content-type': 'application/json',
      'x-csrf-token': data.csrfToken,
    };
    const users = (await getJson(t.app, '/v1/users', { headers: t.as('admin') })).body.data;
    const me = users.find((u: { username: string }) => u.username === 'paivi');
    for (const change of [{ disabled: true }, { role: 'editor' }])
      expect((await send('PATCH', `/v1/users/${me.id}`, session, change)).status).toBe(409);
    expect((await send('PATCH', `/v1/users/${me.id}`, session, { role: 'admin' })).status).toBe(
      200,
    );
  });

  it('lists users for admins, without password hashes, and refuses a taken username', async () => {
    const created = await send('POST', '/v1/users', t.as('admin'), {
      username: 'Kaisa.K',
      password: 'a long enough passphrase',
      role: 'editor',
    });
    expect(created.status).toBe(201);
    const { body } = await getJson(t.app, '/v1/users', { headers: t.as('admin') });
    const kaisa = body.data.find((u: { username: string }) => u.username === 'Kaisa.K');
    expect(kaisa).toMatchObject({ role: 'editor', disabledAt: null });
    expect(Object.keys(kaisa).sort()).toEqual([
      'createdAt',
      'disabledAt',
      'id',
      'networks',
      'role',
      'username',
    ]);
    // Usernames are unique whatever their case.
    const again = await send('POST', '/v1/users', t.as('admin'), {
      username: 'kaisa.k',
      password: 'another long passphrase',
      role: 'viewer',
    });
    expect(again.status).toBe(409);
    const bad = await send('POST', '/v1/users', t.as('admin'), {
      username: 'k',
      password: 'short',
      role: 'viewer',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '/password',
      '/username',
    ]);
  });
});

describe('limits', () => {
  it('refuses a body over the limit, also when it arrives chunked', async () => {
    const big = JSON.stringify({ municipalityCode: '091', sources: ['x'.repeat(2 * 1024 * 1024)] });
    expect((await send('POST', '/v1/periods/uso-5/participants', t.as('editor'), big)).status).toBe(
      413,
    );
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++)
          controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const res = await t.app.request('/v1/periods/uso-5/participants', {
      method: 'POST',
      headers: t.as('editor'),
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('limits writes per token (429 with Retry-After)', async () => {
    const limited = await testApp({ limits: { write: { limit: 2, windowMs: 60_000 } } });
    try {
      const statuses = [];
      for (const code of ['005', '009', '010']) {
        statuses.push(
          (
            await limited.app.request('/v1/periods/uso-7/participants', {
              method: 'POST',
              headers: limited.as('editor'),
              body: JSON.stringify({ municipalityCode: code }),
            })
          ).status,
        );
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      limited.close();
    }
  });

  it('counts a caller’s writes across every write route against one limit (300 a minute)', async () => {
    const own = await testApp();
    try {
      // Refused bodies still count: the limiter runs before the body is read.
      const routes = [
        ['POST', '/v1/periods/uso-7/participants'],
        ['POST', '/v1/periods/uso-7/themes'],
        ['POST', '/v1/networks'],
        ['PATCH', '/v1/networks/uso'],
        ['POST', '/v1/tokens'],
      ] as const;
      const statuses: number[] = [];
      for (let i = 0; i < DEFAULT_LIMITS.write.limit; i++) {
        const [method, path] = routes[i % routes.length]!;
        statuses.push(
          (await own.app.request(path, { method, headers: own.as('admin'), body: '[]' })).status,
        );
      }
      expect(statuses.indexOf(429), JSON.stringify(statuses.slice(0, 12))).toBe(-1);
      const over = await own.app.request('/v1/import?dryRun=true', {
        method: 'POST',
        headers: own.as('admin'),
        body: '{}',
      });
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another caller has a count of its own.
      const other = await own.app.request('/v1/networks', {
        method: 'POST',
        headers: own.as('editor'),
        body: '[]',
      });
      expect(other.status).toBe(400);
    } finally {
      own.close();
    }
  });

  it('never answers a fuzzed body with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom(
          '/v1/periods/uso-5/participants',
          '/v1/periods/uso-5/themes',
          '/v1/networks',
          '/v1/import?dryRun=true',
        ),
        async (body, path) => {
          const res = await send('POST', path, t.as('admin'), body);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        const res = await send('POST', '/v1/periods/uso-5/participants', t.as('admin'), text);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 50 },
    );
  });
});

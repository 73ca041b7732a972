import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const json = { 'content-type': 'application/json' };

async function signIn(extra: Record<string, string> = {}) {
  const res = await t.app.request('/v1/auth/login', {
    method: 'POST',
    headers: { ...json, ...extra },
    body: JSON.stringify({ username: 'aino', password: 'correct horse battery' }),
  });
  expect(res.status).toBe(200);
  const { data } = await res.json();
  return {
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    csrf: data.csrfToken as string,
  };
}

const me = (cookie: string) => t.app.request('/v1/auth/me', { headers: { cookie } });

describe('cookie-authenticated writes', () => {
  const addMember = (headers: Record<string, string>, code: string) =>
    t.app.request('http://localhost/v1/periods/uso-7/participants', {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({ municipalityCode: code }),
    });

  it('are refused from another site, even with the CSRF token', async () => {
    const s = await signIn();
    const session = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const hostiles: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const hostile of hostiles) {
      const res = await addMember({ ...session, ...hostile }, '005');
      expect(res.status, JSON.stringify(hostile)).toBe(403);
      expect((await res.json()).detail).toMatch(/origin/i);
    }
    expect((await addMember({ ...session, 'sec-fetch-site': 'same-origin' }, '005')).status).toBe(
      201,
    );
    expect((await addMember({ ...session, origin: 'http://localhost' }, '009')).status).toBe(201);
    // A client that sends neither header (not a browser) still needs the CSRF token.
    expect((await addMember({ cookie: s.cookie }, '010')).status).toBe(403);
  });

  it('with an API token are not a browser’s: Origin does not matter', async () => {
    const res = await addMember(
      { authorization: `Bearer ${t.tokens.editor}`, origin: 'https://elsewhere.example' },
      '016',
    );
    expect(res.status).toBe(201);
  });
});

describe('signing out and in', () => {
  it('needs the CSRF token to sign out', async () => {
    const s = await signIn();
    const logout = (headers: Record<string, string>) =>
      t.app.request('/v1/auth/logout', { method: 'POST', headers });
    expect((await logout({ cookie: s.cookie })).status).toBe(403);
    expect((await me(s.cookie)).status).toBe(200);
    expect((await logout({ cookie: s.cookie, 'x-csrf-token': s.csrf })).status).toBe(204);
    expect((await me(s.cookie)).status).toBe(401);
    // Without a (live) session there is nothing to protect: the cookie is cleared.
    expect((await logout({ cookie: s.cookie })).status).toBe(204);
  });

  it('ends the browser’s previous session when it signs in again', async () => {
    const first = await signIn();
    const second = await signIn({ cookie: first.cookie });
    expect((await me(first.cookie)).status).toBe(401);
    expect((await me(second.cookie)).status).toBe(200);
  });

  it('refuses a sign-in from another site', async () => {
    const res = await t.app.request('/v1/auth/login', {
      method: 'POST',
      headers: { ...json, 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ username: 'aino', password: 'correct horse battery' }),
    });
    expect(res.status).toBe(403);
  });
});

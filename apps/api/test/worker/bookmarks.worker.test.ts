import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

// Reads at the edge: each request in its own D1 session; the bookmark travels with the client.
const ADMIN = (env as unknown as { ADMIN_TOKEN: string }).ADMIN_TOKEN;
const call = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(new Request(`http://verkosto.test${path}`, init));

describe('D1 sessions and bookmarks', () => {
  it('answers every read and write with a bookmark; a write also sets it as a cookie', async () => {
    const read = await call('/v1/networks/uso');
    expect(read.status).toBe(200);
    expect(read.headers.get('x-d1-bookmark')).toMatch(/^[0-9a-f]+(?:-[0-9a-f]+)+$/);
    expect(read.headers.get('set-cookie')).toBeNull();

    const write = await call('/v1/tokens', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `bookmark-${crypto.randomUUID()}`, role: 'viewer' }),
    });
    expect(write.status).toBe(201);
    const bookmark = write.headers.get('x-d1-bookmark')!;
    expect(bookmark).toMatch(/^[0-9a-f]+(?:-[0-9a-f]+)+$/);
    expect(write.headers.get('set-cookie')).toContain(`verkosto_d1_bookmark=${bookmark};`);
    expect(write.headers.get('set-cookie')).toContain('HttpOnly');
    const token = ((await write.json()) as { data: { token: string } }).data.token;

    // The client's next read, from its bookmark (header or cookie), sees the write: the new token
    // authenticates, and the answer's bookmark is at least the one sent.
    const ways: Array<Record<string, string>> = [
      { 'x-d1-bookmark': bookmark },
      { cookie: `other=1; verkosto_d1_bookmark=${bookmark}` },
    ];
    for (const headers of ways) {
      const me = await call('/v1/auth/me', {
        headers: { ...headers, authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
      expect(me.headers.get('x-d1-bookmark')! >= bookmark).toBe(true);
    }
  });

  it('ignores a malformed bookmark instead of failing', async () => {
    for (const bad of ['not a bookmark', 'zz-zz', `${'0'.repeat(300)}`]) {
      const res = await call('/v1/networks/uso', { headers: { 'x-d1-bookmark': bad } });
      expect(res.status, bad).toBe(200);
    }
  });

  it('answers without a bookmark when no query ran, and gives back the one sent', async () => {
    const refused = () =>
      call('/v1/networks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    const none = await refused();
    expect(none.status).toBe(401);
    expect(none.headers.get('x-d1-bookmark')).toBeNull();
    // An authenticated read always queries D1, so its answer carries a bookmark.
    const bookmark = (
      await call('/v1/networks/uso', { headers: { authorization: `Bearer ${ADMIN}` } })
    ).headers.get('x-d1-bookmark')!;
    expect(bookmark).toMatch(/^[0-9a-f]+(?:-[0-9a-f]+)+$/);
    const echoed = await call('/v1/networks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-d1-bookmark': bookmark },
      body: '{}',
    });
    expect(echoed.status).toBe(401);
    expect(echoed.headers.get('x-d1-bookmark')).toBe(bookmark);
    // Refused: no cookie.
    expect(echoed.headers.get('set-cookie')).toBeNull();
  });

  it('lets an anonymous read reuse the isolate’s data version; a bookmarked read asks D1', async () => {
    const health = async (headers: Record<string, string> = {}) => {
      const res = await call('/healthz', { headers });
      expect(res.status).toBe(200);
      return {
        version: ((await res.json()) as { dataVersion: number }).dataVersion,
        bookmark: res.headers.get('x-d1-bookmark')!,
      };
    };
    const before = await health();
    // Another isolate's write, as D1 sees it: the data version moves on without this isolate
    // writing (vitest.workers.config.ts sets the reuse window to ten minutes).
    await env.DB.prepare(
      "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'",
    ).run();
    const anonymous = await health();
    expect(anonymous.version).toBe(before.version);

    // A client that sends a bookmark is answered from D1's state, never from the reused version.
    const bookmarked = await health({ 'x-d1-bookmark': anonymous.bookmark });
    expect(bookmarked.version).toBe(before.version + 1);
    // And what it read is now what this isolate knows.
    expect((await health()).version).toBe(before.version + 1);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser, updateUser } from '../src/auth/accounts.ts';
import {
  clientKey,
  cloudflareClientAddress,
  nodeClientAddress,
} from '../src/http/client-address.ts';
import { createRateLimiter } from '../src/http/rate-limit.ts';
import { testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** What @hono/node-server hands the app as its env: the request's socket, with its peer address. */
const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

const login = (username: string, password: string, client = '198.51.100.7') =>
  t.app.request(
    '/v1/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    fromAddress(client),
  );

describe('the sign-in limit', () => {
  it('checks at most 5 of 60 concurrent guesses on one username from one client', async () => {
    // The right password is the last of the 60: a limit that counts after checking lets it through.
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        login('aino', i === 59 ? 'correct horse battery' : `guess ${i}`, '198.51.100.60'),
      ),
    );
    const statuses = answers.map((r) => r.status);
    // A 401 is a checked guess; the rest were refused before the password was looked at.
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    for (const res of answers.filter((r) => r.status === 429))
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets the real user in from elsewhere while a guesser is throttled (no lockout)', async () => {
    for (let i = 0; i < 20; i++) await login('aino', `wrong ${i}`, '203.0.113.66');
    expect((await login('aino', 'wrong again', '203.0.113.66')).status).toBe(429);
    expect((await login('aino', 'correct horse battery', '192.0.2.10')).status).toBe(200);
  });

  it('limits one client across usernames too', async () => {
    const statuses = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await login(`user${i}`, 'x', '203.0.113.99')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
  });

  it('counts an IPv6 client by its /64, so one host cannot rotate addresses', async () => {
    const statuses = [];
    for (let i = 1; i <= 8; i++)
      statuses.push((await login('aino', `v6 ${i}`, `2001:db8:1:2::${i.toString(16)}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});

describe('the rate limiter', () => {
  it('allows at most twice the limit in any window-long span, whatever the timing', async () => {
    const limiter = createRateLimiter(t.db, 'test-span', { limit: 5, windowMs: 60_000 });
    const allowedAt: number[] = [];
    // A guess every 100 ms for ten minutes.
    for (let now = 0; now < 600_000; now += 100)
      if ((await limiter.hit('aino\n198.51.100.7', now)).allowed) allowedAt.push(now);
    for (const start of allowedAt) {
      const inMinute = allowedAt.filter((at) => at >= start && at < start + 60_000);
      expect(inMinute.length).toBeLessThanOrEqual(10);
    }
    expect(allowedAt.length).toBe(50);
  });

  it('keeps scopes and keys apart, and stores no key in the clear', async () => {
    const a = createRateLimiter(t.db, 'test-a', { limit: 1, windowMs: 60_000 });
    const b = createRateLimiter(t.db, 'test-b', { limit: 1, windowMs: 60_000 });
    expect((await a.hit('secret-username', 1_000)).allowed).toBe(true);
    expect((await a.hit('secret-username', 1_000)).allowed).toBe(false);
    expect((await a.hit('another', 1_000)).allowed).toBe(true);
    expect((await b.hit('secret-username', 1_000)).allowed).toBe(true);
    await a.reset('secret-username');
    expect((await a.hit('secret-username', 1_000)).allowed).toBe(true);
    const stored = await t.db
      .prepare("SELECT key_hash FROM rate_limits WHERE scope LIKE 'test-%'")
      .all<{ key_hash: string }>();
    expect(stored.results.length).toBeGreaterThan(0);
    for (const { key_hash } of stored.results) expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the client address', () => {
  // The little of a Hono context the address functions read.
  const request = (headers: Record<string, string>, peer?: string) => ({
    env: peer ? fromAddress(peer) : undefined,
    req: { header: (name: string) => headers[name.toLowerCase()] },
  });

  it('is the socket’s peer on Node, never a header the client sent', () => {
    const c = request(
      { 'x-forwarded-for': '192.0.2.1', 'cf-connecting-ip': '192.0.2.2' },
      '203.0.113.5',
    );
    expect(nodeClientAddress()(c as never)).toBe('203.0.113.5');
  });

  it('behind TRUST_PROXY proxies, is the address the outermost trusted proxy saw', () => {
    const c = request({ 'x-forwarded-for': '192.0.2.99, 198.51.100.4, 10.0.0.2' }, '10.0.0.1');
    expect(nodeClientAddress(1)(c as never)).toBe('10.0.0.2');
    expect(nodeClientAddress(2)(c as never)).toBe('198.51.100.4');
    // More hops than the chain has: the leftmost address, never undefined.
    expect(nodeClientAddress(9)(c as never)).toBe('192.0.2.99');
  });

  it('is CF-Connecting-IP on Workers', () => {
    expect(cloudflareClientAddress(request({ 'cf-connecting-ip': '192.0.2.8' }) as never)).toBe(
      '192.0.2.8',
    );
  });

  it('is keyed by /64 for IPv6, as it is for IPv4', () => {
    expect(clientKey('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey(undefined)).toBe('unknown');
  });
});

describe('sign-in timing', () => {
  it('does one full-cost hash on every path: unknown, disabled, wrong password', async () => {
    const iterations = 4_000;
    const u = await testApp({ passwordIterations: iterations });
    try {
      await createUser(
        u.db,
        { username: 'ulla', password: 'a long enough passphrase', role: 'editor' },
        iterations,
      );
      const { id } = await createUser(
        u.db,
        { username: 'ville', password: 'a long enough passphrase', role: 'editor' },
        iterations,
      );
      await updateUser(u.db, id, { disabled: true });
      const derive = vi.spyOn(crypto.subtle, 'deriveBits');
      const work = async (username: string, client: string) => {
        derive.mockClear();
        const res = await u.app.request(
          '/v1/auth/login',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password: 'not the passphrase' }),
          },
          fromAddress(client),
        );
        expect(res.status).toBe(401);
        return derive.mock.calls.map(([params]) => (params as Pbkdf2Params).iterations);
      };
      expect(await work('ulla', '192.0.2.1')).toEqual([iterations]);
      expect(await work('nobody-here', '192.0.2.2')).toEqual([iterations]);
      expect(await work('ville', '192.0.2.3')).toEqual([iterations]);
      derive.mockRestore();
    } finally {
      u.close();
    }
  });
});

import { env, exports } from 'cloudflare:workers';
import { municipalityRegistry } from '@verkosto/data';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { createUser } from '../../src/auth/accounts.ts';
import { cloudflareClientAddress } from '../../src/http/client-address.ts';
import { createStore } from '../../src/store/store.ts';
import type { WorkerEnv } from '../../src/worker.ts';

const { DB } = env as unknown as WorkerEnv;

/** What a fresh isolate builds: its own app, its own memory, the same D1. */
const isolate = () =>
  createApp({
    store: createStore(DB, { versionTtlMs: 0 }),
    registry: municipalityRegistry,
    secureCookies: true,
    clientAddress: cloudflareClientAddress,
    passwordIterations: 1_000,
  });

const login = (
  app: { fetch: (r: Request) => Response | Promise<Response> },
  client: string,
  username: string,
  password: string,
) =>
  app.fetch(
    new Request('http://verkosto.test/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': client },
      body: JSON.stringify({ username, password }),
    }),
  );

describe('limits in workerd with D1', () => {
  it('two isolates on one D1 database share the sign-in budget', async () => {
    await createUser(
      DB,
      { username: 'isolde', password: 'correct horse battery', role: 'editor' },
      1_000,
    );
    const [a, b] = [isolate(), isolate()];
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await login(i % 2 ? b : a, '192.0.2.40', 'isolde', `guess ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // The Worker itself (a third app) counts against the same budget.
    const worker = { fetch: (r: Request) => exports.default.fetch(r) };
    const refused = await login(worker, '192.0.2.40', 'isolde', 'correct horse battery');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(worker, '192.0.2.41', 'isolde', 'correct horse battery')).status).toBe(200);
  });

  it('counts concurrent guesses to two isolates exactly once each', async () => {
    await createUser(
      DB,
      { username: 'ilmari', password: 'correct horse battery', role: 'editor' },
      1_000,
    );
    const [a, b] = [isolate(), isolate()];
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(i % 2 ? b : a, '192.0.2.42', 'ilmari', `g${i}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });
});

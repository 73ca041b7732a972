import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { openDatabase } from './database.ts';
import { type NodeServer, startNodeServer } from './node-process.ts';

/**
 * Two real Node processes (the built dist/node.js) on one SQLite file: the limits are counted in
 * the database, so the two share one budget — an attacker does not get one per process.
 */
let dir: string;
let servers: NodeServer[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verkosto-limits-'));
  const path = join(dir, 'verkosto.db');
  const { db } = await openDatabase(path);
  await createUser(
    db,
    { username: 'aino', password: 'correct horse battery', role: 'editor' },
    1_000,
  );
  db.close();
  servers = await Promise.all([
    // Behind one (pretend) proxy, so each test is its own client by X-Forwarded-For.
    startNodeServer({ DATABASE_PATH: path, TRUST_PROXY: '1' }),
    startNodeServer({ DATABASE_PATH: path, TRUST_PROXY: '1' }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const login = (server: NodeServer, client: string, username: string, password: string) =>
  fetch(`${server.base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ username, password }),
  });

describe('limits across processes', () => {
  it('two processes on one database file share the sign-in budget (5 a minute)', async () => {
    const [a, b] = servers as [NodeServer, NodeServer];
    const statuses: number[] = [];
    // Alternating between the processes: each alone would allow 5.
    for (let i = 0; i < 8; i++)
      statuses.push((await login(i % 2 ? b : a, '198.51.100.1', 'aino', `guess ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Neither process lets the right password through for this client now.
    expect((await login(a, '198.51.100.1', 'aino', 'correct horse battery')).status).toBe(429);
    expect((await login(b, '198.51.100.1', 'aino', 'correct horse battery')).status).toBe(429);
    // From another client the user signs in as usual: no lockout.
    expect((await login(b, '198.51.100.2', 'aino', 'correct horse battery')).status).toBe(200);
  });

  it('counts concurrent guesses sent to both processes at once exactly once each', async () => {
    const [a, b] = servers as [NodeServer, NodeServer];
    // Per client (30 a minute, whatever the username): 40 at once, half to each process.
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(i % 2 ? b : a, '198.51.100.3', `nobody-${i}`, `x${i}`),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  }, 60_000);
});

/**
 * `pnpm --filter @verkosto/api bench:login`: whether sign-in timing tells which usernames exist.
 * Signs in with a wrong password as an unknown user, a disabled user and an existing user, at
 * the server's real cost (600 000 PBKDF2 rounds), interleaved so the machine's load falls on all
 * three alike, and prints each path's median against the existing user's, measured in this run.
 * Target: every ratio within 0.90–1.10. LOGIN_TIMING_SAMPLES sets the samples per path (15).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { municipalityRegistry } from '@verkosto/data';
import { createApp } from '../src/app.ts';
import { createUser, updateUser } from '../src/auth/accounts.ts';
import { bootstrap } from '../src/bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from '../src/db/node-sqlite.ts';
import { createStore } from '../src/store/store.ts';

const SAMPLES = Number(process.env.LOGIN_TIMING_SAMPLES ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'verkosto-login-timing-'));
const db = openNodeSqlite(join(dir, 'verkosto.db'));
try {
  await bootstrap(db, {
    migrations: readMigrationFiles(new URL('../migrations/', import.meta.url)),
  });
  const unlimited = { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
  const app = createApp({
    store: createStore(db, { versionTtlMs: 250 }),
    registry: municipalityRegistry,
    limits: { login: unlimited, loginClient: unlimited },
  });
  await createUser(db, { username: 'aino', password: 'a long enough passphrase', role: 'editor' });
  const ville = await createUser(db, {
    username: 'ville',
    password: 'a long enough passphrase',
    role: 'editor',
  });
  await updateUser(db, ville.id, { disabled: true });

  const paths = {
    'wrong password': 'aino',
    'unknown user': 'nobody-here',
    'disabled user': 'ville',
  };
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(paths).map((path) => [path, []]),
  );
  for (let i = 0; i <= SAMPLES; i++) {
    for (const [path, username] of Object.entries(paths)) {
      const start = performance.now();
      const res = await app.request('/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'not the passphrase' }),
      });
      const elapsed = performance.now() - start;
      if (res.status !== 401) throw new Error(`${path}: ${res.status}, expected 401`);
      // The first round warms up.
      if (i > 0) times[path]!.push(elapsed);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const baseline = median(times['wrong password']!);
  for (const path of Object.keys(paths)) {
    const m = median(times[path]!);
    console.log(
      `${path.padEnd(15)} median ${m.toFixed(1).padStart(7)} ms  ratio ${(m / baseline).toFixed(3)}`,
    );
  }
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

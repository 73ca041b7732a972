import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { municipalityRegistry } from '@verkosto/data';
import { createApp } from '../src/app.ts';
import { createToken, createUser } from '../src/auth/accounts.ts';
import type { Role } from '../src/auth/roles.ts';
import type { NodeSqliteDatabase } from '../src/db/node-sqlite.ts';
import type { AppDeps } from '../src/env.ts';
import { createStore } from '../src/store/store.ts';
import { openDatabase } from './database.ts';

export const TODAY = new Date('2026-11-26T12:00:00Z');

/** A fresh database file in a temp dir, migrated and seeded, and the real app on it. */
export async function testApp(overrides: Partial<AppDeps> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-api-'));
  const path = join(dir, 'verkosto.db');
  const prepared = await openDatabase(path);
  const store = createStore(prepared.db, { versionTtlMs: 250 });
  // Tests hash passwords with fewer PBKDF2 rounds to stay fast; the server's default is 600 000.
  const app = createApp({
    store,
    registry: municipalityRegistry,
    clock: () => TODAY,
    logError: () => {},
    passwordIterations: 1_000,
    ...overrides,
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    tokens[role] = (await createToken(prepared.db, { name: `test-${role}`, role })).token;
  }
  await createUser(
    prepared.db,
    { username: 'aino', password: 'correct horse battery', role: 'editor' },
    1_000,
  );
  return {
    ...prepared,
    app,
    store,
    path,
    dir,
    tokens,
    /** Headers of a JSON request as a role's API token. */
    as(role: Role, extra: Record<string, string> = {}) {
      return {
        authorization: `Bearer ${tokens[role]}`,
        'content-type': 'application/json',
        ...extra,
      };
    },
    async auditCount() {
      return (await prepared.db
        .prepare('SELECT count(*) AS n FROM audit_log')
        .first<{ n: number }>())!.n;
    },
    db: prepared.db as NodeSqliteDatabase,
    close() {
      // The kill -9 test closes the database itself before handing the file to a child.
      if (prepared.db.handle.isOpen) prepared.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJson(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
) {
  const res = await app.request(path, init);
  const text = await res.text();
  return { res, status: res.status, body: text ? JSON.parse(text) : undefined };
}

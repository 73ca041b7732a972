import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { municipalityRegistry } from '@verkosto/data';
import { createApp } from '../src/app.ts';
import type { NodeSqliteDatabase } from '../src/db/node-sqlite.ts';
import { prepare } from '../src/node-runtime.ts';
import { createStore } from '../src/store/store.ts';

export const TODAY = new Date('2026-11-26T12:00:00Z');

/** A fresh database file in a temp dir, migrated and seeded, and the real app on it. */
export async function testApp() {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-api-'));
  const path = join(dir, 'verkosto.db');
  const prepared = await prepare(path);
  const store = createStore(prepared.db, { writers: 'process' });
  const app = createApp({
    store,
    registry: municipalityRegistry,
    clock: () => TODAY,
    logError: () => {},
  });
  return {
    ...prepared,
    app,
    store,
    path,
    dir,
    db: prepared.db as NodeSqliteDatabase,
    close() {
      prepared.db.close();
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

/**
 * What the Node entry and the accounts CLI share: opening the embedded SQLite database
 * (node:sqlite), applying ./migrations, loading the registry and the seed on first start.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { municipalityRegistry, usoDataset } from '@verkosto/data';
import { createApp } from './app.ts';
import { registerAdminToken } from './auth/accounts.ts';
import { migrate } from './db/migrate.ts';
import { openNodeSqlite } from './db/node-sqlite.ts';
import { createStore, seedIfEmpty, syncMunicipalities } from './store/store.ts';

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readMigrations(dir = join(packageDir, 'migrations')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** Opens (creating, migrating and seeding when new) the database and builds the app. */
export async function prepare(databasePath: string, options: { adminToken?: string } = {}) {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  const db = openNodeSqlite(databasePath);
  const applied = await migrate(db, readMigrations());
  await syncMunicipalities(db, municipalityRegistry.municipalities);
  const seeded = await seedIfEmpty(db, usoDataset);
  if (options.adminToken) {
    if (options.adminToken.length < 32)
      throw new Error('ADMIN_TOKEN must be at least 32 characters.');
    await registerAdminToken(db, options.adminToken);
  }
  const store = createStore(db, { writers: 'process' });
  const app = createApp({ store, registry: municipalityRegistry });
  return { app, db, store, applied, seeded };
}

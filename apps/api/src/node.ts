/**
 * The Node entry: embedded SQLite (node:sqlite), migrations from ./migrations, the seed on first
 * start, then the app on PORT (default 8787). The only place that touches process and node:*.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { municipalityRegistry, usoDataset } from '@verkosto/data';
import { createApp } from './app.ts';
import { migrate } from './db/migrate.ts';
import { openNodeSqlite } from './db/node-sqlite.ts';
import { createStore, seedIfEmpty, syncMunicipalities } from './store/store.ts';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readMigrations(dir = join(packageDir, 'migrations')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** Opens (creating, migrating and seeding when new) the database and builds the app. */
export async function prepare(databasePath: string) {
  if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
  const db = openNodeSqlite(databasePath);
  const applied = await migrate(db, readMigrations());
  await syncMunicipalities(db, municipalityRegistry.municipalities);
  const seeded = await seedIfEmpty(db, usoDataset);
  const store = createStore(db, { writers: 'process' });
  const app = createApp({ store, registry: municipalityRegistry });
  return { app, db, store, applied, seeded };
}

async function main() {
  const port = Number(process.env.PORT ?? 8787);
  const databasePath = resolve(
    process.env.DATABASE_PATH ?? join(packageDir, 'data', 'verkosto.db'),
  );
  const { app, db, applied, seeded } = await prepare(databasePath);
  const server = serve(
    { fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' },
    (info) => {
      console.log(
        `Verkosto API on http://localhost:${info.port} (database ${databasePath}${seeded ? ', seeded' : ''}${applied.length ? `, migrated ${applied.join(', ')}` : ''})`,
      );
    },
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    server.close(() => {
      db.close();
      process.exit(0);
    });
    // Connections that linger (keep-alive) must not hold the process forever.
    setTimeout(() => {
      db.close();
      process.exit(0);
    }, 5_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error('Verkosto API failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

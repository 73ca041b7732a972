/**
 * The Node entry: the API on PORT (default 8787) over the embedded SQLite database at
 * DATABASE_PATH (default apps/api/data/verkosto.db). With db/node-sqlite.ts, the only code that
 * imports `node:*`; everything it starts runs on Workers as well.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { municipalityRegistry } from '@verkosto/data';
import { type AdminFiles, serveAdmin } from './admin-site.ts';
import { createApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from './db/node-sqlite.ts';
import { HOUSEKEEPING_INTERVAL_MS, housekeep } from './housekeeping.ts';
import { nodeClientAddress } from './http/client-address.ts';
import { serveApi } from './node-server.ts';
import { createStore } from './store/store.ts';

// Relative to this file, which is dist/node.js once built: the package's own folders.
const DEFAULT_DATABASE = fileURLToPath(new URL('../data/verkosto.db', import.meta.url));
const MIGRATIONS = new URL('../migrations/', import.meta.url);

/** The admin app's build on disk, for admin-site.ts; undefined when it has not been built. */
function readAdminBuild(dist: string): AdminFiles | undefined {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const indexHtml = readFileSync(index, 'utf8');
  return {
    indexHtml: () => indexHtml,
    read(path) {
      const file = join(dist, path);
      // admin-site.ts passes plain relative paths only; this keeps any other out of the build.
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) return;
      return readFileSync(file);
    },
  };
}

async function main() {
  const port = Number(process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not ${process.env.PORT}.`);
  const trustProxy = Number(process.env.TRUST_PROXY ?? 0);
  if (!Number.isInteger(trustProxy) || trustProxy < 0)
    throw new Error(`TRUST_PROXY must be a number of proxies, not ${process.env.TRUST_PROXY}.`);
  const databasePath = resolve(process.env.DATABASE_PATH ?? DEFAULT_DATABASE);
  const db = openNodeSqlite(databasePath);
  const { applied, seeded } = await bootstrap(db, {
    migrations: readMigrationFiles(MIGRATIONS),
    adminToken: process.env.ADMIN_TOKEN,
  });
  // Expired sessions and ended limiter windows go now and every 15 minutes; the timer never
  // keeps the process alive and stops with it.
  const housekeeping = () =>
    housekeep(db).catch((error) =>
      console.error('Housekeeping failed:', error instanceof Error ? error.message : error),
    );
  await housekeeping();
  const housekeepingTimer = setInterval(housekeeping, HOUSEKEEPING_INTERVAL_MS);
  housekeepingTimer.unref();
  const users =
    (await db.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>())?.n ?? 0;
  const app = createApp({
    // Other processes on the same file may write too: their writes show within 250 ms.
    store: createStore(db, { versionTtlMs: 250 }),
    registry: municipalityRegistry,
    clientAddress: nodeClientAddress(trustProxy),
  });
  // The admin app's build (apps/admin/dist, or ADMIN_DIST), when it has been built.
  const adminFiles = readAdminBuild(
    resolve(process.env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist', import.meta.url))),
  );
  if (adminFiles) serveAdmin(app, adminFiles);
  const adminServed = adminFiles !== undefined;
  const server = serveApi(
    { fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' },
    (info) => {
      const base = `http://localhost:${info.port}`;
      console.log(
        `Verkosto API on ${base} (database ${databasePath}${seeded ? ', seeded' : ''}${applied.length ? `, migrated ${applied.join(', ')}` : ''})`,
      );
      console.log(
        adminServed
          ? `  admin: ${base}/admin/`
          : '  admin: not built (pnpm --filter @verkosto/admin build)',
      );
      console.log(`  docs:  ${base}/docs`);
      // A first start has no one to sign in as: say how to create the first admin.
      if (users === 0)
        console.log(
          "  No user can sign in yet. Create the first admin:\n    VERKOSTO_PASSWORD='a long passphrase' pnpm --filter @verkosto/api accounts create-user --username <name> --role admin",
        );
    },
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    clearInterval(housekeepingTimer);
    const exit = () => {
      if (db.handle.isOpen) db.close();
      process.exit(0);
    };
    server.close(exit);
    // Idle keep-alive connections must not hold the process open.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    // Nor may a slow client, for longer than 5 s.
    setTimeout(exit, 5_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  console.error('Verkosto API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

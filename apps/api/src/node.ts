/**
 * The Node entry: the API on PORT (default 8787) over the embedded SQLite database at
 * DATABASE_PATH (default apps/api/data/verkosto.db). With db/node-sqlite.ts, the only code that
 * imports `node:*`; everything it starts runs on Workers as well.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { municipalityRegistry } from '@verkosto/data';
import { createApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { openNodeSqlite, readMigrationFiles } from './db/node-sqlite.ts';
import { nodeClientAddress } from './http/client-address.ts';
import { serveApi } from './node-server.ts';
import { createStore } from './store/store.ts';

// Relative to this file, which is dist/node.js once built: the package's own folders.
const DEFAULT_DATABASE = fileURLToPath(new URL('../data/verkosto.db', import.meta.url));
const MIGRATIONS = new URL('../migrations/', import.meta.url);

/**
 * The admin app's build (apps/admin/dist, or ADMIN_DIST), served by this process under /admin
 * as a static single-page app with its own content security policy.
 */
function serveAdmin(app: ReturnType<typeof createApp>) {
  const dist = resolve(
    process.env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist', import.meta.url)),
  );
  if (!existsSync(join(dist, 'index.html'))) return;
  const root = relative(process.cwd(), dist) || '.';
  app.use('/admin/*', async (c, next) => {
    await next();
    c.res.headers.set(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    if (c.res.headers.get('content-type')?.startsWith('text/html'))
      c.res.headers.set('cache-control', 'no-cache');
  });
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.use(
    '/admin/*',
    serveStatic({ root, rewriteRequestPath: (path) => path.replace(/^\/admin/, '') }),
  );
  app.get('/admin/*', serveStatic({ root, path: 'index.html' }));
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
  const app = createApp({
    // Other processes on the same file may write too: their writes show within 250 ms.
    store: createStore(db, { versionTtlMs: 250 }),
    registry: municipalityRegistry,
    clientAddress: nodeClientAddress(trustProxy),
  });
  serveAdmin(app);
  const server = serveApi(
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

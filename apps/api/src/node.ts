/**
 * The Node entry: the API on PORT (default 8787) over the embedded SQLite database at
 * DATABASE_PATH. With node-runtime.ts and db/node-sqlite.ts, the only code that touches process
 * and node:*.
 */
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { packageDir, prepare } from './node-runtime.ts';

async function main() {
  const port = Number(process.env.PORT ?? 8787);
  const databasePath = resolve(
    process.env.DATABASE_PATH ?? join(packageDir, 'data', 'verkosto.db'),
  );
  const { app, db, applied, seeded } = await prepare(databasePath, {
    adminToken: process.env.ADMIN_TOKEN,
  });
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

main().catch((error) => {
  console.error('Verkosto API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

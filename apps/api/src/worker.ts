/**
 * The Workers entry: the same app over D1. Migrations are applied by wrangler
 * (`wrangler d1 migrations apply`); the first request of an isolate loads the municipality
 * registry and the seed when the database is empty. Configuration comes from bindings only.
 */
import { municipalityRegistry } from '@verkosto/data';
import { type App, createApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import type { SqlDatabase } from './db/driver.ts';
import { cloudflareClientAddress } from './http/client-address.ts';
import { API_REFERENCE_PATH } from './routes/docs-site.ts';
import { createStore } from './store/store.ts';

export interface WorkerEnv {
  DB: D1Database;
  /** Optional: registered (hashed) as an admin API token. Set with `wrangler secret put ADMIN_TOKEN`. */
  ADMIN_TOKEN?: string;
  /** The static assets (wrangler.jsonc): Scalar's API reference bundle for /docs. */
  ASSETS?: Fetcher;
}

let ready: Promise<App> | undefined;

/** Loads the registry, the seed (into an empty database) and ADMIN_TOKEN; safe to repeat. */
export async function prepareDatabase(env: WorkerEnv): Promise<void> {
  // D1 implements the driver interface as it is: no adapter, no cast.
  const db: SqlDatabase = env.DB;
  await bootstrap(db, { adminToken: env.ADMIN_TOKEN });
}

async function start(env: WorkerEnv): Promise<App> {
  await prepareDatabase(env);
  // Other isolates write too: every read asks D1 for the data version, so no isolate serves
  // data older than the last write.
  return createApp({
    store: createStore(env.DB, { versionTtlMs: 0 }),
    registry: municipalityRegistry,
    secureCookies: true,
    clientAddress: cloudflareClientAddress,
    apiReferenceScript: async () => {
      // The host is ignored: the binding serves this Worker's own assets by path.
      const res = await env.ASSETS?.fetch(new URL(API_REFERENCE_PATH, 'https://assets.invalid'));
      return res?.ok ? res.body : undefined;
    },
  });
}

export default {
  async fetch(request, env, ctx) {
    ready ??= start(env).catch((error) => {
      ready = undefined;
      throw error;
    });
    const app = await ready;
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;

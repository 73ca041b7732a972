/**
 * The Workers entry: the same app over D1. Migrations are applied by wrangler
 * (`wrangler d1 migrations apply`); the first request of an isolate loads the municipality
 * registry and the seed when the database is empty. Configuration comes from bindings only. The
 * admin app comes from Workers Static Assets (the ASSETS binding), served by this Worker under
 * /admin with the same headers as on Node.
 */
import { municipalityRegistry } from '@verkosto/data';
import { adminAssets, serveAdmin } from './admin-site.ts';
import { type App, createApp } from './app.ts';
import { bootstrap } from './bootstrap.ts';
import { d1Sessions } from './db/d1-sessions.ts';
import type { SqlDatabase } from './db/driver.ts';
import { housekeep } from './housekeeping.ts';
import { cloudflareClientAddress } from './http/client-address.ts';
import { API_REFERENCE_PATH } from './routes/docs-site.ts';
import { createStore } from './store/store.ts';

export interface WorkerEnv {
  DB: D1Database;
  /** Optional: registered (hashed) as an admin API token. Set with `wrangler secret put ADMIN_TOKEN`. */
  ADMIN_TOKEN?: string;
  /**
   * Workers Static Assets (dist-assets/, scripts/worker-assets.ts): the admin app's build under
   * admin/, served under /admin, and Scalar's API reference bundle for /docs.
   */
  ASSETS?: Fetcher;
  /**
   * Optional: how long (ms) an anonymous read may reuse the data version this isolate last read
   * from D1 (default 1000; 0 asks D1 on every read). Reads that send a bookmark always ask.
   */
  ANONYMOUS_VERSION_TTL_MS?: string;
}

const DEFAULT_ANONYMOUS_VERSION_TTL_MS = 1_000;

/** The configured reuse window: a non-negative number of milliseconds, else the default. */
function anonymousVersionTtl(env: WorkerEnv): number {
  const value = Number(env.ANONYMOUS_VERSION_TTL_MS);
  return env.ANONYMOUS_VERSION_TTL_MS !== undefined && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_ANONYMOUS_VERSION_TTL_MS;
}

let ready: Promise<{ app: App; sessions: ReturnType<typeof d1Sessions> }> | undefined;

/** Loads the registry, the seed (into an empty database) and ADMIN_TOKEN; safe to repeat. */
export async function prepareDatabase(env: WorkerEnv): Promise<void> {
  // D1 implements the driver interface as it is: no adapter, no cast.
  const db: SqlDatabase = env.DB;
  await bootstrap(db, { adminToken: env.ADMIN_TOKEN });
}

async function start(env: WorkerEnv) {
  await prepareDatabase(env);
  // Each request reads through its own D1 session (replicas when enabled), from the bookmark the
  // client sent back: see README, Reads at the edge.
  const sessions = d1Sessions(env.DB);
  // Other isolates write too. A read whose client sent a bookmark asks D1 for the data version,
  // so it sees at least the client's own writes; an anonymous read may reuse the version this
  // isolate read within the last second: at most that much behind, like a replica's lag, and no
  // D1 round trip for most public reads.
  const anonymousTtl = anonymousVersionTtl(env);
  const app = createApp({
    store: createStore(sessions.db, {
      versionTtlMs: () => (sessions.unconstrained() ? anonymousTtl : 0),
    }),
    registry: municipalityRegistry,
    secureCookies: true,
    clientAddress: cloudflareClientAddress,
    apiReferenceScript: async () => {
      // The host is ignored: the binding serves this Worker's own assets by path.
      const res = await env.ASSETS?.fetch(new URL(API_REFERENCE_PATH, 'https://assets.invalid'));
      return res?.ok ? res.body : undefined;
    },
  });
  // The same routes, headers and fallback as on Node (admin-site.ts); only the files' source differs.
  if (env.ASSETS) serveAdmin(app, adminAssets(env.ASSETS));
  return { app, sessions };
}

export default {
  async fetch(request, env, ctx) {
    ready ??= start(env).catch((error) => {
      ready = undefined;
      throw error;
    });
    const { app, sessions } = await ready;
    return sessions.run(request, async () => app.fetch(request, env, ctx));
  },
  /** The cron trigger (wrangler.jsonc `triggers`): expired sessions and ended limit windows go. */
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(housekeep(env.DB, new Date(controller.scheduledTime)));
  },
} satisfies ExportedHandler<WorkerEnv>;

import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { prepareDatabase, type WorkerEnv } from '../../src/worker.ts';

// Migrations as wrangler applies them, then the registry, the seed and ADMIN_TOKEN.
const bindings = env as unknown as WorkerEnv & {
  TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1];
};
await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
await prepareDatabase(bindings);

import { afterAll, beforeAll } from 'vitest';
import { registerAdminToken } from '../src/auth/accounts.ts';
import { testApp } from './harness.ts';
import { defineScenarios } from './scenarios.ts';

const ADMIN_TOKEN = 'node-scenarios-admin-token-0123456789abcdef';
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
  await registerAdminToken(t.db, ADMIN_TOKEN);
});
afterAll(() => t.close());

defineScenarios(() => ({
  fetch: async (path, init) => t.app.request(path, init),
  adminToken: ADMIN_TOKEN,
}));

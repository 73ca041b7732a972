import { env, exports } from 'cloudflare:workers';
import { defineScenarios } from '../scenarios.ts';

// The same scenarios as on Node, here in workerd against D1, through the Worker's own fetch.
defineScenarios(() => ({
  fetch: (path, init) => exports.default.fetch(new Request(`http://verkosto.test${path}`, init)),
  adminToken: (env as unknown as { ADMIN_TOKEN: string }).ADMIN_TOKEN,
}));

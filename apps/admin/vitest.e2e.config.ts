import { defineConfig } from 'vitest/config';

// End-to-end: the real API (built) on SQLite, the built admin app, real Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

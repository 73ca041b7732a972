import { defineConfig } from 'vitest/config';

// End-to-end: the real API (built) on SQLite, the built admin app, real Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // expect.poll waits for a condition; its default limit (1 s) is shorter than a sign-in (a
    // 600 000-round password hash) on a busy 2-core machine. The limit only catches a hang.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 120_000,
  },
});

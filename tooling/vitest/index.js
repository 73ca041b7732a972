// Plain JS so every package's vitest.config.ts can load it without a build step.

/** @type {import('./index.d.ts').sharedTestConfig} */
export const sharedTestConfig = {
  environment: 'node',
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  exclude: ['**/node_modules/**', '**/dist/**'],
  testTimeout: 20_000,
  hookTimeout: 60_000,
  typecheck: { enabled: false },
  reporters: process.env.CI ? ['default'] : ['default'],
};

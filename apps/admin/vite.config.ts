import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Served by the API under /admin; in development (and the e2e tests' preview) Vite proxies the API.
const API = process.env.VERKOSTO_API ?? 'http://localhost:8787';
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // No source maps in the build: the API serves dist/ publicly (development has them).
  build: { outDir: 'dist', sourcemap: false },
  server: { proxy: { '/v1': API } },
  preview: { proxy: { '/v1': API } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    // Every language's messages, so a test can render in any of them at once.
    setupFiles: ['src/test-setup.ts'],
    // A busy 2-core machine may take seconds to set up jsdom and load a module: tests wait for
    // conditions, and the limits only catch a hang.
    testTimeout: 60_000,
  },
});

import { sharedTestConfig } from '@verkosto/vitest-config';
import { defineConfig } from 'vitest/config';

// Packing and installing real tarballs takes a while on two cores.
export default defineConfig({
  test: { ...sharedTestConfig, testTimeout: 300_000, hookTimeout: 300_000 },
});

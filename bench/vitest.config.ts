import { sharedTestConfig } from '@verkosto/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { ...sharedTestConfig } });

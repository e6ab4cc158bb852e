import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built app in browser mode, driven in Debian's Chromium with
 * playwright-core. Run through `npm run test:e2e`, which builds first.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});

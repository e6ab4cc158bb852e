import { defineConfig } from 'vitest/config';

/**
 * Unit and contract tests. Renderer tests run in jsdom; everything else in Node.
 * End-to-end tests live in test/e2e and run through scripts/test-e2e.ts instead.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

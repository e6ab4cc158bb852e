import { defineConfig } from 'vitest/config';

/**
 * Three test tiers, one vitest project each (`vitest run --project <name>`):
 *
 * - unit and unit-renderer: pure code. No libvirt daemon, no browser, no QEMU, no sshd;
 *   the renderer's tests run in jsdom, everything else in Node. `npm run check` runs
 *   only these (`npm run test:unit`).
 * - live: a real libvirtd (test driver and qemu:///system), the QEMU test guest, sshd and
 *   virsh. `npm run test:live`.
 * - e2e: the built browser mode in Chromium, through playwright-core. `npm run test:e2e`,
 *   which builds first.
 *
 * `npm test` (scripts/test-all.mjs) runs all three.
 */
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
          exclude: ['test/unit/renderer/**'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
          // Pure code in Node runs on every core and without a fresh module graph per
          // file: importing the app's modules again for each of ~170 files cost more than
          // their tests.
          maxWorkers: '100%',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The renderer's tests, in jsdom: each file gets its own window (a library's
          // listener on one file's document must never see another file's nodes).
          name: 'unit-renderer',
          include: ['test/unit/renderer/**/*.test.ts', 'test/unit/renderer/**/*.test.tsx'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
          maxWorkers: '100%',
        },
      },
      {
        extends: true,
        test: {
          name: 'live',
          include: ['test/live/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          // Saves screenshots, console messages and server output of a failed test.
          setupFiles: ['test/e2e/setup.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

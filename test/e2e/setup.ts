import { relative } from 'node:path';
import { beforeEach } from 'vitest';
import { saveFailureArtifacts } from './failure-artifacts';

// Every e2e test explains its own failure: screenshots, console messages and the web
// host's output go to test-results/e2e/<file>/<test>/ (see failure-artifacts.ts).
beforeEach(({ onTestFailed }) => {
  onTestFailed(async ({ task }) => {
    const dir = await saveFailureArtifacts(task);
    console.error(
      `e2e failure: screenshots, console and server output in ${relative(process.cwd(), dir)}/`,
    );
  }, 30_000);
});

// `npm test`: every test — unit, contract and end to end — then one closing line
// "N passed, N failed, N skipped" over all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });

const suites = [
  { name: 'unit and contract', config: 'vitest.config.ts' },
  { name: 'end to end', config: 'vitest.e2e.config.ts', needsBuild: true },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;
for (const suite of suites) {
  process.stdout.write(`\n=== ${suite.name} tests ===\n`);
  if (suite.needsBuild) ensureBuild();
  const output = join(reports, `${suite.config.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) failedRuns += 1;
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    process.stdout.write(`(no report from the ${suite.name} run)\n`);
    failedRuns += 1;
  }
}
if (failedRuns > 0 && totals.failed === 0) totals.failed = failedRuns; // a crashed run counts
process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedRuns > 0 ? 1 : 0);

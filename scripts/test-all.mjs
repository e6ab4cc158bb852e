// `npm test`: every test — the unit, live and e2e projects of vitest.config.ts, one run
// each — then one closing line "N passed, N failed, N skipped" over all of them. A project
// whose run crashes (no report, or a failing exit status without failed tests) counts as
// one failed test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

const reports = join(root, 'test-results');
mkdirSync(reports, { recursive: true });

const suites = [
  { name: 'unit', id: 'unit', projects: ['unit', 'unit-renderer'] },
  { name: 'live', id: 'live', projects: ['live'] },
  { name: 'end to end', id: 'e2e', projects: ['e2e'], needsBuild: true },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;
for (const suite of suites) {
  process.stdout.write(`\n=== ${suite.name} tests ===\n`);
  const output = join(reports, `vitest-${suite.id}.json`);
  rmSync(output, { force: true });
  let status = 1;
  try {
    if (suite.needsBuild) ensureBuild();
    const result = spawnSync(
      'npx',
      ['vitest', 'run', ...suite.projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${output}`],
      { cwd: root, stdio: 'inherit' },
    );
    status = result.status ?? 1;
  } catch (error) {
    process.stdout.write(`(${suite.name}: ${error instanceof Error ? error.message : String(error)})\n`);
  }
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    failed = report.numFailedTests;
  } catch {
    process.stdout.write(`(no report from the ${suite.name} run)\n`);
  }
  // A run that failed without a failed test (a crash, an error outside any test) counts as one.
  if (status !== 0 && failed === 0) failed = 1;
  totals.failed += failed;
  if (status !== 0) failedRuns += 1;
}
process.stdout.write(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedRuns > 0 ? 1 : 0);

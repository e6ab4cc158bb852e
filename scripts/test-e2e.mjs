// `npm run test:e2e`: builds the app if needed, then runs the end-to-end suites.
import { spawnSync } from 'node:child_process';
import { ensureBuild, root } from './ensure-build.mjs';

ensureBuild();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

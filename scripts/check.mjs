// `npm run check`: the typecheck and lint side by side (each keeps one core busy), then
// the unit tests. Stops at the first step that fails, as `a && b && c` would.
import { spawn, spawnSync } from 'node:child_process';
import { root } from './ensure-build.mjs';

/** Runs an npm script with its output collected, so two can run at once without mixing. */
function runQuietly(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });
}

const started = Date.now();
const results = await Promise.all([runQuietly('typecheck'), runQuietly('lint')]);
for (const { script, code, output } of results) {
  process.stdout.write(`=== ${script}: ${code === 0 ? 'ok' : 'failed'}\n${output}`);
}
process.stdout.write(`(typecheck and lint took ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
if (results.some((r) => r.code !== 0)) process.exit(1);

process.stdout.write('=== unit tests\n');
const unit = spawnSync('npm', ['run', '--silent', 'test:unit'], { cwd: root, stdio: 'inherit' });
process.exit(unit.status ?? 1);

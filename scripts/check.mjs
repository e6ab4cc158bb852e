// `npm run check`: the fast checks, side by side: the typecheck (the native TypeScript
// compiler, tsgo: the same diagnostics in a few seconds; CI also runs `tsc` itself), the
// lint (cached by file content in node_modules/.cache/eslint, so a second run lints only
// what changed; a clean clone lints everything) and the unit tests. Each one's output is
// printed when it ends; the exit status is the worst of the three.
import { spawn } from 'node:child_process';
import { root } from './ensure-build.mjs';

const STEPS = ['typecheck:fast', 'lint', 'test:unit'];

/** Runs an npm script with its output collected, so several can run at once without mixing. */
function runQuietly(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `=== ${script}: ${code === 0 ? 'ok' : 'failed'} (${seconds} s)\n${output}\n`,
      );
      resolve({ script, code: code ?? 1, seconds });
    });
  });
}

const started = Date.now();
const results = await Promise.all(STEPS.map(runQuietly));
const summary = results.map((r) => `${r.script} ${r.code === 0 ? 'ok' : 'FAILED'} ${r.seconds} s`);
process.stdout.write(
  `check: ${summary.join(', ')}; ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`,
);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);

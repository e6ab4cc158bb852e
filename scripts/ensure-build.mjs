// Builds the app (electron-vite) when out/ is missing or older than the sources, so
// `npm run web`, `npm start` and the end-to-end tests always run the current code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'out', '.build-stamp');
const INPUTS = ['src', 'package.json', 'electron.vite.config.ts'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when out/ was built after the last change to the sources. */
export function isBuildFresh() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  return built > Math.max(...INPUTS.map((input) => newestMtime(join(root, input))));
}

export function ensureBuild({ force = false } = {}) {
  if (!force && isBuildFresh()) return;
  process.stderr.write('Building Virtdeck (electron-vite build)...\n');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
  writeFileSync(stamp, new Date().toISOString());
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild({ force: process.argv.includes('--force') });

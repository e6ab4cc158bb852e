// `npm start`: builds if needed and opens the desktop app. The Electron binary is fetched
// here, on first start, rather than by `npm ci` (whose install would fail without access
// to its download site); where it cannot be had, the browser mode starts instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function fetchElectronBinary() {
  process.stderr.write('Fetching the Electron binary...\n');
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'ignore'] });
  return electronBinary();
}

ensureBuild();
const electron = electronBinary() ?? fetchElectronBinary();
const [command, args] = electron
  ? [electron, [root, ...process.argv.slice(2)]]
  : [process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)]];
if (!electron) {
  process.stderr.write(
    'The Electron binary could not be downloaded here, so Virtdeck starts in browser mode.\n' +
      'With access to the Electron download site, `npm start` fetches it and opens the desktop app.\n',
  );
}
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));

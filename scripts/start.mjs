// `npm start`: builds if needed and opens the desktop app. Where the Electron binary is not
// installed (some CI and server machines), it says so and runs the browser mode instead.
import { spawn } from 'node:child_process';
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

ensureBuild();
const electron = electronBinary();
const [command, args] = electron
  ? [electron, [root, ...process.argv.slice(2)]]
  : [process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)]];
if (!electron) {
  process.stderr.write(
    'The Electron binary is not installed here (npm could not download it), so Virtdeck starts in browser mode.\n' +
      'To get the desktop app, run `node node_modules/electron/install.js` on a machine with internet access.\n',
  );
}
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));

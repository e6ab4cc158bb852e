// `npm run web -- [--port 8090] [--token VALUE]`: builds if needed, then runs the browser mode.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

ensureBuild();
const child = spawn(process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppCore } from '../app-core';
import { defaultConfigDir } from '../config-dir';
import { generateToken } from './auth';
import { startWebHost } from './server';

/**
 * `npm run web -- --port 8090 [--token VALUE]`: the browser mode. Runs the app's host side
 * and serves the renderer to a browser on this machine.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['VIRTDECK_PORT'] ?? '8090' },
      token: { type: 'string' },
      renderer: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  const token = values.token ?? process.env['VIRTDECK_TOKEN'] ?? generateToken();
  if (token.length < 8) throw new Error('The token must be at least 8 characters long.');
  const rendererDir = values.renderer ?? fileURLToPath(new URL('../renderer', import.meta.url));

  const core = createAppCore({ configDir: defaultConfigDir(process.env) });
  const host = await startWebHost({ core, token, port, rendererDir });
  process.stdout.write(`Virtdeck is at ${host.url}\n`);

  const stop = (): void => {
    void host.close().then(() => core.close()).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = message.includes('EADDRINUSE') ? ' Another program uses this port: pick one with --port.' : '';
  process.stderr.write(`virtdeck web: ${message}${hint}\n`);
  process.exit(1);
});

import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser mode and the command line keep settings (hosts.json): VIRTDECK_CONFIG_DIR,
 * else the XDG config folder. The desktop app uses Electron's userData folder instead.
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv): string {
  const explicit = env['VIRTDECK_CONFIG_DIR'];
  if (explicit) return explicit;
  const base = env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  return join(base, 'virtdeck');
}

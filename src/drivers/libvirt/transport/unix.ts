import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import type { LibvirtUri } from './uri';

const SYSTEM_DIR = '/var/run/libvirt';

/** Drivers whose daemon is virt<driver>d in the modular layout (the test driver has none). */
const MODULAR_DAEMONS = new Set([
  'qemu',
  'lxc',
  'xen',
  'libxl',
  'vbox',
  'bhyve',
  'ch',
  'vz',
  'network',
  'storage',
  'nodedev',
  'interface',
  'secret',
  'nwfilter',
]);

/** Whether this URI talks to the per-user (session) daemon rather than the system one. */
function isSession(uri: LibvirtUri): boolean {
  if (uri.path === '/session') return true;
  if (uri.path === '/system') return false;
  return process.getuid?.() !== 0;
}

/**
 * Picks the daemon socket as libvirt's mode=auto does: the driver's own modular daemon
 * socket (virtqemud-sock, ...) when it exists, otherwise the monolithic libvirt-sock.
 * `socket=` overrides, `mode=legacy|direct` forces one kind.
 */
export function unixSocketPath(uri: LibvirtUri, readOnly: boolean): string {
  const explicit = uri.params.get('socket');
  if (explicit) return explicit;
  const suffix = readOnly ? '-sock-ro' : '-sock';
  const session = isSession(uri);
  const dir = session
    ? join(process.env['XDG_RUNTIME_DIR'] ?? `/run/user/${process.getuid?.() ?? 0}`, 'libvirt')
    : SYSTEM_DIR;
  // The session daemons have no read-only socket.
  const ro = session ? '-sock' : suffix;
  const legacy = join(dir, `libvirt${ro}`);
  const direct = MODULAR_DAEMONS.has(uri.driver) ? join(dir, `virt${uri.driver}d${ro}`) : undefined;
  const mode = uri.params.get('mode') ?? 'auto';
  if (mode === 'legacy' || !direct) return legacy;
  if (mode === 'direct') return direct;
  if (existsSync(direct)) return direct;
  return legacy;
}

export function connectUnix(path: string): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const hint =
        err.code === 'ENOENT'
          ? 'is the libvirt daemon running? (start it with "libvirtd -d" or "systemctl start libvirtd")'
          : err.code === 'EACCES'
            ? 'no permission on the socket: join the "libvirt" group or use the read-only socket'
            : err.message;
      reject(new Error(`cannot connect to libvirt socket ${path}: ${hint}`));
    });
  });
}

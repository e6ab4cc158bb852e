import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The libvirt connections available on this machine, found the way libvirt's own client
 * finds them: the system daemon's socket (monolithic libvirtd or modular virtqemud) and the
 * user's session daemon under XDG_RUNTIME_DIR.
 */
export function detectLocalLibvirtUris(
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean = existsSync,
): string[] {
  const uris: string[] = [];
  const systemSockets = ['/var/run/libvirt/libvirt-sock', '/var/run/libvirt/virtqemud-sock'];
  if (systemSockets.some((socket) => exists(socket))) uris.push('qemu:///system');
  const runtimeDir = env['XDG_RUNTIME_DIR'];
  if (runtimeDir) {
    const sessionSockets = ['libvirt-sock', 'virtqemud-sock'].map((name) => join(runtimeDir, 'libvirt', name));
    if (sessionSockets.some((socket) => exists(socket))) uris.push('qemu:///session');
  }
  return uris;
}

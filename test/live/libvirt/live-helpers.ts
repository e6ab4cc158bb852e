import { createConnection } from 'node:net';

/**
 * Shared by the tests that need the real daemon: they skip with a message when no daemon
 * listens, unless VIRTDECK_REQUIRE_LIBVIRT=1 makes an unreachable daemon a failure.
 */
export const DAEMON_SOCKET =
  process.env['VIRTDECK_LIBVIRT_SOCKET'] ?? '/var/run/libvirt/libvirt-sock';
export const LIBVIRT_REQUIRED = process.env['VIRTDECK_REQUIRE_LIBVIRT'] === '1';

/** Whether a daemon answers on the socket (a stale socket file counts as no daemon). */
export function daemonListening(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(DAEMON_SOCKET);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** True when the suite should run; prints why when it skips. */
export async function shouldRunDaemonTests(suite: string): Promise<boolean> {
  const available = await daemonListening();
  if (!available && !LIBVIRT_REQUIRED) {
    console.warn(
      `${suite} skipped: no libvirt daemon listening on ${DAEMON_SOCKET} (set VIRTDECK_REQUIRE_LIBVIRT=1 to require it)`,
    );
  }
  return available || LIBVIRT_REQUIRED;
}

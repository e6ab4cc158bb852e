import type { Duplex } from 'node:stream';
import type ssh2 from 'ssh2';
import type { ClientChannel } from 'ssh2';

/** An address as the SSH server sees it: a TCP port on one of its addresses, or a socket. */
export type TunnelTarget =
  { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

/** Opens a byte stream to a TunnelTarget through an existing SSH session. */
export type TunnelOpener = (target: TunnelTarget) => Promise<Duplex>;

const openers = new WeakMap<Duplex, TunnelOpener>();

/**
 * Records that `stream` (libvirt's RPC channel) runs over `client`, so that other channels
 * (a VM's VNC display) can go through the same SSH session: one login, one host key check.
 */
export function rememberSshSession(stream: Duplex, client: ssh2.Client): void {
  openers.set(stream, (target) => openChannel(client, target));
}

/** The tunnel beside an RPC stream, when it runs over the built-in SSH client. */
export function tunnelBeside(stream: Duplex): TunnelOpener | undefined {
  return openers.get(stream);
}

function openChannel(client: ssh2.Client, target: TunnelTarget): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const opened = (error: Error | undefined, channel: ClientChannel): void => {
      if (error) reject(error);
      else resolve(channel);
    };
    if (target.kind === 'unix') client.openssh_forwardOutStreamLocal(target.path, opened);
    // The originator address is informational for the server; loopback says "this client".
    else client.forwardOut('127.0.0.1', 0, target.host, target.port, opened);
  });
}

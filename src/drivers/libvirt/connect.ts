import { clientOverStream } from './client';
import type { ClientOptions, LibvirtClient } from './client';
import { openTransport } from './transport/open';
import type { TransportOptions } from './transport/open';
import { parseLibvirtUri } from './transport/uri';

export interface ConnectOptions extends ClientOptions, TransportOptions {}

/**
 * Connects to a libvirt daemon and runs the handshake. The URI is read as libvirt reads
 * it: `qemu:///system` and `test+unix:///default` use the local socket (the modular
 * daemon's when it exists), `qemu+tls://host/system` and `qemu+tcp://...` the network.
 * `readOnly` uses the read-only socket and opens the connection read-only.
 */
export async function connect(uri: string, options: ConnectOptions = {}): Promise<LibvirtClient> {
  const parsed = parseLibvirtUri(uri);
  const socket = await openTransport(parsed, options);
  return clientOverStream(socket, uri, parsed.remoteName, options);
}

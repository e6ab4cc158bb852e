import { DriverError } from '../driver';
import { clientOverStream } from './client';
import type { ClientOptions, LibvirtClient } from './client';
import { ErrorCode, ErrorDomain } from './errors';
import { openTransport } from './transport/open';
import type { TransportOptions } from './transport/open';
import { parseLibvirtUri } from './transport/uri';
import { tunnelBeside } from './transport/ssh/ssh-tunnel';

export interface ConnectOptions extends ClientOptions, TransportOptions {}

/**
 * Connects to a libvirt daemon and runs the handshake. The URI is read as libvirt reads
 * it: `qemu:///system` and `test+unix:///default` use the local socket (the modular
 * daemon's when it exists), `qemu+tls://host/system` and `qemu+tcp://...` the network.
 * `readOnly` uses the read-only socket and opens the connection read-only.
 * Every failure is a DriverError.
 */
export async function connect(uri: string, options: ConnectOptions = {}): Promise<LibvirtClient> {
  let parsed;
  try {
    parsed = parseLibvirtUri(uri);
  } catch (err) {
    throw new DriverError((err as Error).message, ErrorCode.InvalidArg, ErrorDomain.Remote);
  }
  let socket;
  try {
    socket = await openTransport(parsed, options);
  } catch (err) {
    if (err instanceof DriverError) throw err;
    throw new DriverError((err as Error).message, ErrorCode.SystemError, ErrorDomain.Rpc);
  }
  const client = await clientOverStream(socket, uri, parsed.remoteName, options);
  client.displayTunnel = tunnelBeside(socket);
  return client;
}

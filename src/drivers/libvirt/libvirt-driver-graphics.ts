import { createConnection, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { DriverError } from '../driver';
import { explainVncLookup, findVncDisplay, type VncTarget } from '../../domain/vnc-display';
import { ErrorCode, ErrorDomain } from './errors';
import { parseLibvirtUri } from './transport/uri';

/** Opens a byte stream to a display address as seen from the libvirt host (an SSH tunnel). */
export type DisplayTunnel = (target: VncTarget) => Promise<Duplex>;

/**
 * Connects to a running VM's VNC server, found in its live XML. A local daemon's VMs
 * listen on this machine, so their address or socket is used as it is; a host reached
 * over SSH is tunnelled through that connection, to the address as the host sees it.
 */
export async function openVncDisplay(
  uriText: string,
  liveXml: string,
  vmName: string,
  tunnel: DisplayTunnel | undefined,
): Promise<Duplex> {
  const lookup = findVncDisplay(liveXml);
  if (lookup.status !== 'ready') {
    throw new DriverError(
      explainVncLookup(lookup, vmName),
      ErrorCode.OperationInvalid,
      ErrorDomain.Remote,
    );
  }
  const { transport } = parseLibvirtUri(uriText);
  if (transport === 'unix') return connectTo(lookup.target, vmName);
  if (tunnel) {
    return tunnel(lookup.target).catch((error: unknown) => {
      throw unreachable(lookup.target, vmName, error);
    });
  }
  throw new DriverError(
    `The display of “${vmName}” cannot be reached over a ${transport} connection yet; ` +
      'connect to the host with qemu+ssh:// (the built-in SSH client) or qemu:/// on the host itself.',
    ErrorCode.NoSupport,
    ErrorDomain.Remote,
  );
}

function connectTo(target: VncTarget, vmName: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      target.kind === 'unix'
        ? createConnection({ path: target.path })
        : createConnection({ host: target.host, port: target.port });
    // After the connect, this listener stays as a harmless catch: the stream's user watches
    // 'close' and its own 'error' handler.
    socket.once('connect', () => {
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', (error) => reject(unreachable(target, vmName, error)));
  });
}

function unreachable(target: VncTarget, vmName: string, error: unknown): DriverError {
  const where = target.kind === 'unix' ? target.path : `${target.host} port ${target.port}`;
  const reason = error instanceof Error ? error.message : String(error);
  return new DriverError(
    `Cannot reach the VNC display of “${vmName}” at ${where}: ${reason}`,
    ErrorCode.SystemError,
    ErrorDomain.Remote,
  );
}

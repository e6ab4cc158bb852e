import { DomainXml } from './domain-xml';
import { GraphicsDevice } from './devices/display';

/**
 * Where the graphical console of a running VM is reached, read from its live XML. Only
 * VNC is looked for: the window's console speaks RFB (noVNC); SPICE needs another viewer.
 */
export type VncLookup =
  | { status: 'ready'; target: VncTarget }
  /** The VM has no <graphics type='vnc'>; `others` names the displays it does have. */
  | { status: 'none'; others: string[] }
  /** A VNC display with no port yet: the VM is not running (autoport shows -1 then). */
  | { status: 'no-port' }
  /** <listen type='none'>: QEMU opened no listener, so only libvirt's fd passing reaches it. */
  | { status: 'no-listener' };

export type VncTarget =
  { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

/** A listen address that means "every interface": a client on the host uses loopback. */
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '[::]', '']);

export function findVncDisplay(liveXml: string): VncLookup {
  const graphics = DomainXml.parse(liveXml).devicesOf(GraphicsDevice);
  const vnc = graphics.find((device) => device.type === 'vnc');
  if (!vnc) return { status: 'none', others: graphics.map((device) => device.type ?? '?') };
  if (vnc.listenType === 'none') return { status: 'no-listener' };
  const endpoint = vnc.endpoint;
  if (!endpoint) return { status: 'no-port' };
  if (endpoint.kind === 'unix')
    return { status: 'ready', target: { kind: 'unix', path: endpoint.path } };
  return {
    status: 'ready',
    target: { kind: 'tcp', host: reachableHost(endpoint.host), port: endpoint.port },
  };
}

function reachableHost(listen: string): string {
  if (WILDCARD_ADDRESSES.has(listen)) return listen.includes(':') ? '::1' : '127.0.0.1';
  // libvirt writes IPv6 addresses bare; net.connect takes them bare too.
  return listen.replace(/^\[(.*)\]$/, '$1');
}

/** One sentence for the user about a VM whose VNC display cannot be reached. */
export function explainVncLookup(
  lookup: Exclude<VncLookup, { status: 'ready' }>,
  vmName: string,
): string {
  switch (lookup.status) {
    case 'none':
      return lookup.others.length > 0
        ? `“${vmName}” has no VNC display (it has ${lookup.others.join(', ')}, which the window cannot show). Add one with Add hardware → Display (VNC or SPICE).`
        : `“${vmName}” has no graphical display. Add one with Add hardware → Display (VNC or SPICE), then restart the VM.`;
    case 'no-port':
      return `“${vmName}” has no VNC port yet: start the VM first.`;
    case 'no-listener':
      return `The VNC display of “${vmName}” listens nowhere (listen type none). Set it to listen on an address or a socket.`;
  }
}

import type { HostDefinition } from './host-registry';

const DEMO_URI = 'demo:///';

const DRIVER_NAMES: Record<string, string> = {
  qemu: 'QEMU/KVM',
  test: 'libvirt test driver',
  lxc: 'LXC',
  xen: 'Xen',
  bhyve: 'bhyve',
  ch: 'Cloud Hypervisor',
};

/** A stable, readable id for a host, derived from its URI. */
export function hostIdFor(uri: string): string {
  if (uri === DEMO_URI) return 'demo';
  return uri
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The name shown in the sidebar: "QEMU/KVM (system)", "QEMU/KVM on root@server1", ... */
export function hostNameFor(uri: string): string {
  if (uri === DEMO_URI) return 'Demo host';
  const match = /^([a-z0-9]+)(?:\+[a-z0-9]+)?:\/\/([^/?]*)(\/[^?]*)?/i.exec(uri);
  if (!match) return uri;
  const [, scheme = '', authority = '', path = ''] = match;
  const driver = DRIVER_NAMES[scheme.toLowerCase()] ?? scheme;
  const where = authority ? ` on ${authority}` : '';
  const instance = path === '/system' ? ' (system)' : path === '/session' ? ' (session)' : path && path !== '/' ? ` (${path.slice(1)})` : '';
  return `${driver}${instance}${where}`;
}

export function definitionFor(uri: string, name?: string): HostDefinition {
  return {
    id: hostIdFor(uri),
    name: name ?? hostNameFor(uri),
    uri,
    kind: uri === DEMO_URI ? 'demo' : 'libvirt',
  };
}

export const DEMO_HOST = definitionFor(DEMO_URI);

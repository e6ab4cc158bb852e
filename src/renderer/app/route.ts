import { isVmTab, type VmTab } from '../features/vm-page/vm-tabs';

/**
 * Where the user is, as the address's fragment says it, so Back, Forward and reload keep
 * the place: `#/hosts/<host id>` is a host's VM list, `#/hosts/<host id>/vms/<uuid>/<tab>`
 * a VM's page. The fragment, not the path: the desktop app serves one file, and the
 * browser mode's path and query belong to the server.
 */
export interface Route {
  hostId?: string;
  vm?: { uuid: string; tab: VmTab };
}

export function formatRoute(route: Route): string {
  if (route.hostId === undefined) return '#/';
  const host = `#/hosts/${encodeURIComponent(route.hostId)}`;
  if (!route.vm) return host;
  return `${host}/vms/${encodeURIComponent(route.vm.uuid)}/${route.vm.tab}`;
}

/**
 * The route in a fragment; a route it cannot read is the start page (`{}`). A fragment
 * that is no route at all (an in-page link such as the skip link's `#virtdeck-main`)
 * is undefined: it changes nothing.
 */
export function parseRoute(hash: string): Route | undefined {
  if (hash !== '' && hash !== '#' && !hash.startsWith('#/')) return undefined;
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] !== 'hosts' || !parts[1]) return {};
  const hostId = decoded(parts[1]);
  if (hostId === undefined) return {};
  if (parts[2] !== 'vms' || !parts[3]) return { hostId };
  const uuid = decoded(parts[3]);
  if (uuid === undefined) return { hostId };
  return { hostId, vm: { uuid, tab: isVmTab(parts[4]) ? parts[4] : 'overview' } };
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined; // a broken %-escape typed into the address bar
  }
}

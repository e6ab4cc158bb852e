import type { HostRegistry } from '../services/host-registry';
import type { HostsService } from '../services/hosts-service';
import type { Handlers } from './dispatcher';

/** The contract's methods, implemented on the services. */
export function createHandlers(hosts: HostRegistry, hostsService: HostsService, version: string): Handlers {
  return {
    'app.info': (_args, context) =>
      Promise.resolve({ version, shell: context.shell === 'desktop' ? 'desktop' : 'web' }),
    'hosts.list': () => Promise.resolve(hosts.list()),
    'hosts.add': ({ uri, name }) => hostsService.add(uri, name),
    'hosts.remove': ({ hostId }) => hostsService.remove(hostId).then(() => null),
    'hosts.reconnect': ({ hostId }) => hosts.reconnect(hostId),
    'vms.list': ({ hostId }) => hosts.session(hostId).listVms(),
    'vms.details': ({ hostId, uuid }) => hosts.session(hostId).vmDetails(uuid),
    'vms.lifecycle': ({ hostId, uuid, action }) => hosts.session(hostId).lifecycle(uuid, action),
    'vms.xml': ({ hostId, uuid, inactive }) => hosts.session(hostId).domainXml(uuid, inactive),
  };
}

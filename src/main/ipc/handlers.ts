import type { HostRegistry } from '../services/host-registry';
import type { Handlers } from './dispatcher';

/** The contract's methods, implemented on the services. */
export function createHandlers(hosts: HostRegistry, version: string): Handlers {
  return {
    'app.info': (_args, context) =>
      Promise.resolve({ version, shell: context.shell === 'desktop' ? 'desktop' : 'web' }),
    'hosts.list': () => Promise.resolve(hosts.list()),
    'vms.list': ({ hostId }) => hosts.session(hostId).listVms(),
    'vms.details': ({ hostId, uuid }) => hosts.session(hostId).vmDetails(uuid),
    'vms.lifecycle': ({ hostId, uuid, action }) => hosts.session(hostId).lifecycle(uuid, action),
    'vms.xml': ({ hostId, uuid, inactive }) => hosts.session(hostId).domainXml(uuid, inactive),
  };
}

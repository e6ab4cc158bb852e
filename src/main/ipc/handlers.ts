import { AppError } from '../../shared/errors';
import type { ConsoleService } from '../services/console-service';
import { hostResourceList } from '../services/device-host-resources';
import type { DisplayService } from '../services/display-service';
import type { DeviceServices } from '../services/device-services';
import type { HostRegistry } from '../services/host-registry';
import type { HostsService } from '../services/hosts-service';
import type { VmCreateService } from '../services/vm-create';
import type { CallContext, Handlers } from './dispatcher';

/** The services the contract's methods are implemented on. */
export interface HandlerServices {
  hosts: HostRegistry;
  hostsService: HostsService;
  version: string;
  devices: DeviceServices;
  consoles: ConsoleService;
  vmCreate: VmCreateService;
  displays: DisplayService;
}

/** The contract's methods, implemented on the services. */
export function createHandlers({
  hosts,
  hostsService,
  version,
  devices,
  consoles,
  vmCreate,
  displays,
}: HandlerServices): Handlers {
  return {
    'app.info': (_args, context) =>
      Promise.resolve({ version, shell: context.shell === 'desktop' ? 'desktop' : 'web' }),
    'hosts.list': () => Promise.resolve(hosts.list()),
    'hosts.add': ({ uri, name, trustHostKey, password }) =>
      hostsService.add(uri, name, sshAnswers(trustHostKey, password)),
    'hosts.remove': ({ hostId }) => hostsService.remove(hostId).then(() => null),
    'hosts.reconnect': ({ hostId, trustHostKey, password }) =>
      hostsService.reconnect(hostId, sshAnswers(trustHostKey, password)),
    'hosts.rename': ({ hostId, name }) => hostsService.rename(hostId, name),
    'hosts.disconnect': ({ hostId }) => hosts.disconnect(hostId),
    'hosts.connect': ({ hostId }) => hosts.connect(hostId),
    'vms.list': ({ hostId }) => hosts.session(hostId).listVms(),
    'vms.details': ({ hostId, uuid }) => hosts.session(hostId).vmDetails(uuid),
    'vms.lifecycle': ({ hostId, uuid, action }) => hosts.session(hostId).lifecycle(uuid, action),
    'vms.xml': ({ hostId, uuid, inactive }) => hosts.session(hostId).domainXml(uuid, inactive),
    'vms.createOptions': ({ hostId }) => vmCreate.options(hostId),
    'vms.previewXml': ({ hostId, spec }) => vmCreate.previewXml(hostId, spec),
    'vms.create': ({ hostId, spec }) => vmCreate.create(hostId, spec),
    'vms.delete': ({ hostId, uuid, deleteVolumes }) => vmCreate.delete(hostId, uuid, deleteVolumes),
    'devices.list': ({ hostId, uuid }) => devices.forHost(hostId).list(uuid),
    'devices.previewXml': ({ hostId, uuid, spec }) =>
      devices.forHost(hostId).previewXml(uuid, spec),
    'devices.hostSupport': ({ hostId, uuid }) => devices.forHost(hostId).hostSupport(uuid),
    'devices.attachCheck': ({ hostId, uuid, spec }) =>
      devices.forHost(hostId).attachCheck(uuid, spec),
    'devices.attach': ({ hostId, uuid, spec, scope }) =>
      devices.forHost(hostId).attach(uuid, spec, scope),
    'devices.detach': ({ hostId, uuid, match, scope }) =>
      devices.forHost(hostId).detach(uuid, match, scope),
    'devices.retryDetach': ({ hostId, uuid, match }) =>
      devices.forHost(hostId).retryDetach(uuid, match),
    'devices.cancelPending': ({ hostId, uuid, match }) =>
      devices
        .forHost(hostId)
        .cancelPending(uuid, match)
        .then(() => null),
    'devices.detachAtNextBoot': ({ hostId, uuid, match }) =>
      devices.forHost(hostId).detachAtNextBoot(uuid, match),
    'devices.hostResources': ({ hostId }) =>
      hosts.session(hostId).driver.listHostResources().then(hostResourceList),
    'devices.changeMedia': ({ hostId, uuid, target, source, scope }) =>
      devices
        .forHost(hostId)
        .changeMedia(uuid, target, source, scope)
        .then(() => null),
    'networks.start': ({ hostId, name }) =>
      hosts
        .session(hostId)
        .driver.startNetwork(name)
        .then(() => null),
    'console.open': ({ hostId, uuid, device, force }, context) =>
      consoles.open(clientOf(context), hostId, uuid, device, force),
    'console.write': ({ sessionId, data }, context) =>
      consoles.write(clientOf(context), sessionId, data).then(() => null),
    'console.ack': ({ sessionId, bytes }, context) => {
      consoles.ack(clientOf(context), sessionId, bytes);
      return Promise.resolve(null);
    },
    'console.close': ({ sessionId }, context) =>
      consoles.close(clientOf(context), sessionId).then(() => null),
    'display.open': ({ hostId, uuid }, context) => displays.open(clientOf(context), hostId, uuid),
    'display.close': ({ sessionId }, context) => {
      displays.close(clientOf(context), sessionId);
      return Promise.resolve(null);
    },
  };
}

/** Console sessions belong to a window or socket; a caller without one cannot hold them. */
function clientOf(context: CallContext): string {
  if (context.clientId === undefined) {
    throw new AppError({
      code: 'unsupported',
      message: 'Consoles open only from a window of the app (this caller receives no events).',
    });
  }
  return context.clientId;
}

/** The SSH answers a hosts.add or hosts.reconnect call carries, as a host definition keeps them. */
function sshAnswers(trustHostKey: string | undefined, password: string | undefined) {
  return {
    ...(trustHostKey !== undefined ? { trustFingerprint: trustHostKey } : {}),
    ...(password !== undefined ? { password } : {}),
  };
}

import type { Driver } from '../../drivers/driver';
import { createDemoDriver, demoOptionsFromEnv } from '../../drivers/demo';
import { createLibvirtDriver } from '../../drivers/libvirt/libvirt-driver';
import type { HostDefinition } from './host-registry';

/** Opens the driver for a host definition: the in-memory demo host or a libvirt daemon. */
export function openHostDriver(host: HostDefinition, env: NodeJS.ProcessEnv): Promise<Driver> {
  if (host.kind === 'demo') return Promise.resolve(createDemoDriver(demoOptionsFromEnv(env)));
  return createLibvirtDriver(host.uri);
}

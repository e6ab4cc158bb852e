import type { Driver } from '../../drivers/driver';
import { createDemoDriver, demoOptionsFromEnv, type DemoHostServer } from '../../drivers/demo';
import { createLibvirtDriver } from '../../drivers/libvirt/libvirt-driver';
import type { HostDefinition } from './host-registry';

/**
 * Opens the driver for a host definition: the in-memory demo host or a libvirt daemon.
 * SSH hosts also check host keys against the app's own known_hosts file (where keys the
 * user trusted in the Add host dialog are recorded) and use the answers the user gave.
 * With `demoHost`, the demo host's connections all reach that one host, so its VMs live on
 * while it is disconnected; without, each connection is a fresh demo host.
 */
export function openHostDriver(
  host: HostDefinition,
  env: NodeJS.ProcessEnv,
  appKnownHostsFile?: string,
  demoHost?: DemoHostServer,
): Promise<Driver> {
  if (host.kind === 'demo') {
    return Promise.resolve(demoHost?.connect() ?? createDemoDriver(demoOptionsFromEnv(env)));
  }
  const password = host.ssh?.password;
  const trustFingerprint = host.ssh?.trustFingerprint;
  return createLibvirtDriver(host.uri, {
    ssh: {
      ...(appKnownHostsFile !== undefined ? { appKnownHostsFile } : {}),
      ...(trustFingerprint !== undefined ? { trustFingerprint } : {}),
      ...(password !== undefined ? { password: () => Promise.resolve(password) } : {}),
    },
  });
}

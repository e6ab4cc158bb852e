import type { DeviceMatch } from '../shared/devices';
import { AppError } from '../shared/errors';
import { describeDevice } from './devices/describe';
import { DiskDevice } from './devices/disk';
import { findDevice } from './devices/find';
import { HostdevDevice } from './devices/hostdev';
import { InterfaceDevice } from './devices/interface';
import type { DomainXml } from './domain-xml';

type BootableDevice = DiskDevice | InterfaceDevice | HostdevDevice;

function bootable(domain: DomainXml): BootableDevice[] {
  return domain.devices.filter(
    (d): d is BootableDevice =>
      d instanceof DiskDevice || d instanceof InterfaceDevice || d instanceof HostdevDevice,
  );
}

/** The devices the guest boots from, first choice first, when per-device boot order is used. */
export function bootSequence(domain: DomainXml): BootableDevice[] {
  return bootable(domain)
    .filter((d) => d.bootOrder !== undefined)
    .sort((a, b) => (a.bootOrder ?? 0) - (b.bootOrder ?? 0));
}

/**
 * Boots from exactly these devices, in this order, through per-device `<boot order>`.
 * libvirt refuses a definition that mixes that with `<os><boot dev>`, so the old
 * `<boot dev>` entries go, and so does every other device's boot order.
 */
export function setBootSequence(domain: DomainXml, matches: readonly DeviceMatch[]): void {
  const chosen = matches.map((match) => {
    const device = findDevice(domain, match);
    if (!(
      device instanceof DiskDevice ||
      device instanceof InterfaceDevice ||
      device instanceof HostdevDevice
    )) {
      throw new AppError({
        code: 'validation',
        message: `The ${describeDevice(device)} cannot be a boot device. Choose disks, network interfaces or host devices.`,
      });
    }
    return device;
  });
  const os = domain.element.child('os');
  for (const boot of os?.childrenNamed('boot') ?? []) os?.remove(boot);
  for (const device of bootable(domain)) device.bootOrder = undefined;
  chosen.forEach((device, index) => {
    device.bootOrder = index + 1;
  });
}

import { buildDevice } from '../../domain/devices/build-device';
import { DomainXml } from '../../domain/domain-xml';
import type { Driver } from '../../drivers/driver';
import type { DeviceSpec } from '../../shared/ipc/contract';

/**
 * Device kinds libvirt's QEMU driver will not add to a saved definition by attach
 * ("persistent attach of device 'video' is not supported", libvirt 9). They join the
 * definition the way virt-manager adds them: the definition is edited and defined again.
 */
const ADDED_BY_REDEFINE: ReadonlySet<DeviceSpec['kind']> = new Set([
  'video',
  'graphics',
  'smartcard',
  'tpm',
]);

export function addedByRedefine(kind: DeviceSpec['kind']): boolean {
  return ADDED_BY_REDEFINE.has(kind);
}

/**
 * Adds the device to the saved definition and defines it again. The definition is read
 * with its secrets (display passwords), which libvirt leaves out otherwise, so the
 * redefine keeps them; it never leaves this function.
 */
export async function addByRedefine(driver: Driver, uuid: string, spec: DeviceSpec): Promise<void> {
  const config = DomainXml.parse(await driver.getDomainXml(uuid, { inactive: true, secure: true }));
  config.addDevice(buildDevice(config, spec));
  await driver.defineDomain(config.toXml());
}

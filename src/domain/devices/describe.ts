import { formatPciAddress, readPciAddress } from './address';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { DiskDevice } from './disk';
import { InputDevice, VideoDevice } from './display';
import { HostdevDevice } from './hostdev';
import { InterfaceDevice } from './interface';
import { aliasOf } from './registry';
import type { Device } from './registry';

/** A short human name for a device, for messages: "disk vdb", "network interface 52:54:…". */
export function describeDevice(device: Device): string {
  if (device instanceof DiskDevice)
    return `${device.deviceKind} ${device.targetDev ?? '(no target)'}`;
  if (device instanceof InterfaceDevice) {
    if (device.mac !== undefined) return `network interface ${device.mac}`;
    // Without a MAC, what tells interfaces apart: where they sit, or their alias.
    const address = device.element.child('address');
    const pci = address?.getAttribute('type') === 'pci' ? readPciAddress(address) : undefined;
    const where = pci ? ` at PCI ${formatPciAddress(pci)}` : '';
    const alias = aliasOf(device);
    return `network interface (no MAC)${where}${alias === undefined ? '' : ` alias ${alias}`}`;
  }
  if (device instanceof ControllerDevice) {
    return `${device.type ?? ''} controller ${device.index ?? ''}`.replace(/\s+/g, ' ').trim();
  }
  if (device instanceof HostdevDevice) {
    const pci = device.sourcePci;
    if (pci) return `host PCI device ${formatPciAddress(pci)}`;
    if (device.usbVendor) return `host USB device ${device.usbVendor}:${device.usbProduct ?? ''}`;
    return `host device ${aliasOf(device) ?? ''}`.trim();
  }
  if (device instanceof ChardevDevice) {
    const which =
      device.targetName ?? (device.targetPort === undefined ? '' : String(device.targetPort));
    return `${device.elementName} ${which}`.trim();
  }
  if (device instanceof InputDevice) return `${device.type ?? ''} input`.trim();
  if (device instanceof VideoDevice) return `${device.model ?? ''} video`.trim();
  const alias = aliasOf(device);
  return alias ? `${device.element.name} ${alias}` : device.element.name;
}

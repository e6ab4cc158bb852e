import { defineView } from '../model/view';
import { str, yesNo } from '../model/props';
import { bootable } from './device';
import { readPciAddress } from './address';
import type { PciAddress } from './address';

/** <hostdev>: a host device (PCI, USB, SCSI, mediated) passed through to the guest. */
export class HostdevDevice extends defineView({
  ...bootable,
  mode: str('@mode'),
  /** pci, usb, scsi, scsi_host, mdev */
  type: str('@type'),
  managed: yesNo('@managed'),
  usbVendor: str('source/vendor/@id'),
  usbProduct: str('source/product/@id'),
  mdevUuid: str('source/address/@uuid'),
}) {
  /** The host PCI address of a PCI host device. */
  get sourcePci(): PciAddress | undefined {
    if (this.type !== 'pci') return undefined;
    return readPciAddress(this.element.child('source')?.child('address'));
  }

  /** The host bus and device numbers of a USB host device picked by address. */
  get sourceUsbAddress(): { bus: number; device: number } | undefined {
    if (this.type !== 'usb') return undefined;
    const address = this.element.child('source')?.child('address');
    const bus = Number(address?.getAttribute('bus'));
    const device = Number(address?.getAttribute('device'));
    return Number.isInteger(bus) && Number.isInteger(device) && address
      ? { bus, device }
      : undefined;
  }
}

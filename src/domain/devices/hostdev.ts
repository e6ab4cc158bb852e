import { defineView } from '../model/view';
import { onOff, parseInteger, str, yesNo } from '../model/props';
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
  /** mdev: the device API, e.g. vfio-pci or vfio-ccw. */
  model: str('@model'),
  /** mdev: whether the vGPU drives the guest's display. */
  display: onOff('@display'),
  /** SCSI: the host adapter, e.g. scsi_host0. */
  scsiAdapter: str('source/adapter/@name'),
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

  /** The host adapter and address of a SCSI host device. */
  get sourceScsi(): ScsiHostAddress | undefined {
    const adapter = this.scsiAdapter;
    const address = this.element.child('source')?.child('address');
    if (this.type !== 'scsi' || adapter === undefined || !address) return undefined;
    const part = (name: string) => parseInteger(address.getAttribute(name) ?? '');
    const [bus, target, unit] = [part('bus'), part('target'), part('unit')];
    return bus === undefined || target === undefined || unit === undefined
      ? undefined
      : { adapter, bus, target, unit };
  }
}

export interface ScsiHostAddress {
  adapter: string;
  bus: number;
  target: number;
  unit: number;
}

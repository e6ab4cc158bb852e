import { defineView } from '../model/view';
import { hex, int, onOff, str } from '../model/props';
import { ensureChild } from '../xml/edit';
import type { XmlElement } from '../xml/nodes';

/**
 * A device's guest address (<address type=...>), one view for every address type libvirt
 * has: the attributes of each type are disjoint enough to share one table, and which ones
 * apply follows `type` (pci, drive, usb, ccw, virtio-serial, ccid, isa, spapr-vio, ...).
 */
export class DeviceAddress extends defineView({
  type: str('@type'),
  /** pci: domain:bus:slot.function, written in hex as libvirt does. */
  domain: hex('@domain', 4),
  slot: hex('@slot', 2),
  function: hex('@function', 1),
  /** pci (in hex), usb, drive and virtio-serial (in decimal) name a bus. */
  bus: int('@bus'),
  multifunction: onOff('@multifunction'),
  /** drive, virtio-serial and ccid: the controller's index. */
  controller: int('@controller'),
  /** drive: SCSI target and unit. */
  target: int('@target'),
  unit: int('@unit'),
  /** usb: the port path ("1" or "1.2" behind a hub); virtio-serial: the port number. */
  port: str('@port'),
  /** ccw (s390): channel subsystem, subchannel set and device number. */
  cssid: hex('@cssid', 2),
  ssid: hex('@ssid', 1),
  devno: hex('@devno', 4),
  /** spapr-vio (ppc64): the register. */
  reg: hex('@reg', 4),
  /** isa: I/O base and interrupt. */
  iobase: hex('@iobase', 4),
  irq: int('@irq'),
}) {}

/** The address of a device element, if it has one. */
export function addressOf(device: { element: XmlElement }): DeviceAddress | undefined {
  const address = device.element.child('address');
  return address && new DeviceAddress(address);
}

/**
 * The device's address, created (in libvirt's order among the device's children) when
 * missing; setting its type and parts is left to the caller.
 */
export function ensureAddress(device: { element: XmlElement }): DeviceAddress {
  return new DeviceAddress(ensureChild(device.element, 'address'));
}

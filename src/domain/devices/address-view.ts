import { defineView } from '../model/view';
import { int, onOff, str } from '../model/props';
import { ensureChild } from '../xml/edit';
import type { XmlElement } from '../xml/nodes';

/**
 * A device's guest address (<address type=...>), one view for every address type libvirt
 * has: the attributes of each type are disjoint enough to share one table, and which ones
 * apply follows `type` (pci, drive, usb, ccw, virtio-serial, ccid, isa, spapr-vio, ...).
 */
export class DeviceAddress extends defineView({
  type: str('@type'),
  /** pci: domain:bus:slot.function; usb and drive also have a bus. */
  domain: int('@domain'),
  bus: int('@bus'),
  slot: int('@slot'),
  function: int('@function'),
  multifunction: onOff('@multifunction'),
  /** drive, virtio-serial and ccid: the controller's index. */
  controller: int('@controller'),
  /** drive: SCSI target and unit. */
  target: int('@target'),
  unit: int('@unit'),
  /** usb: the port path ("1" or "1.2" behind a hub); virtio-serial: the port number. */
  port: str('@port'),
  /** ccw (s390): channel subsystem, subchannel set and device number. */
  cssid: int('@cssid'),
  ssid: int('@ssid'),
  devno: int('@devno'),
  /** spapr-vio (ppc64): the register. */
  reg: int('@reg'),
  /** isa: I/O base and interrupt. */
  iobase: int('@iobase'),
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

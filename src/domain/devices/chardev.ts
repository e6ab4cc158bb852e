import { defineView } from '../model/view';
import { int, str } from '../model/props';
import { deviceInfo } from './device';

/** The character device elements, which share one shape in libvirt. */
export type ChardevElement = 'serial' | 'console' | 'channel' | 'parallel';

/** <serial>, <console>, <channel> and <parallel>. */
export class ChardevDevice extends defineView({
  ...deviceInfo,
  /** The host side: pty, unix, file, tcp, spicevmc, ... */
  type: str('@type'),
  sourcePath: str('source/@path'),
  sourceMode: str('source/@mode'),
  sourceHost: str('source/@host'),
  sourceService: str('source/@service'),
  /** The guest side: isa-serial, virtio, guestfwd, ... */
  targetType: str('target/@type'),
  targetPort: int('target/@port'),
  /** A channel's name, e.g. org.qemu.guest_agent.0. */
  targetName: str('target/@name'),
  /** The device model QEMU uses, e.g. pci-serial or isa-serial. */
  targetModel: str('target/model/@name'),
  /** telnet, raw, tls: the protocol of a TCP chardev. */
  protocol: str('protocol/@type'),
  /** A file that also records everything the device sends. */
  logFile: str('log/@file'),
}) {
  get elementName(): ChardevElement {
    return this.element.name as ChardevElement;
  }

  /**
   * A <console> with a serial target is libvirt's second view of a serial port, with the
   * same alias; the serial port is the device.
   */
  get mirrorsSerialPort(): boolean {
    return this.elementName === 'console' && this.targetType === 'serial';
  }
}

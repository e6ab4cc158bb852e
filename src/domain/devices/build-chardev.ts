import type { ChardevSource, SpecOf } from '../../shared/devices';
import { XmlElement } from '../xml/nodes';
import { ChardevDevice } from './chardev';

/** Serial ports, consoles and channels from specs; libvirt picks ports and sockets left out. */

export function buildSerial(spec: SpecOf<'serial'>): XmlElement {
  const serial = chardev('serial', spec.source);
  serial.targetPort = spec.port;
  serial.alias = spec.alias;
  return serial.element;
}

export function buildConsole(spec: SpecOf<'console'>): XmlElement {
  const consoleDevice = chardev('console', spec.source);
  consoleDevice.targetType = spec.target;
  consoleDevice.targetPort = spec.port;
  consoleDevice.alias = spec.alias;
  return consoleDevice.element;
}

export function buildChannel(spec: SpecOf<'channel'>): XmlElement {
  const channel = chardev('channel', spec.source);
  channel.targetType = 'virtio';
  channel.targetName = spec.name;
  channel.alias = spec.alias;
  return channel.element;
}

function chardev(name: 'serial' | 'console' | 'channel', source: ChardevSource): ChardevDevice {
  const device = new ChardevDevice(new XmlElement(name));
  device.type = source.type;
  if (source.type === 'file') device.sourcePath = source.path;
  if (source.type === 'unix') {
    device.sourceMode = source.mode;
    device.sourcePath = source.path;
  }
  if (source.type === 'tcp') {
    device.sourceMode = source.mode;
    device.sourceHost = source.host;
    device.sourceService = String(source.port);
  }
  return device;
}

import { attr, childElements, element, firstChild, insertChild } from './xml/tree';
import type { XmlElement } from './xml/tree';

/**
 * Device aliases as libvirt's QEMU driver assigns them when a domain starts or a device is
 * hotplugged ("virtio-disk0", "net1", "sata0-0-2", ...). A user alias ("ua-*") from the
 * definition is kept. Graphics devices have none, as in libvirt.
 */

export function aliasOf(device: XmlElement): string | undefined {
  return attr(firstChild(device, 'alias'), 'name');
}

/** Gives every device of a live definition that lacks one its alias. */
export function assignAliases(devices: XmlElement): void {
  for (const device of childElements(devices)) assignAlias(devices, device);
}

/** Gives one device its alias (if it takes one and has none yet); returns the alias. */
export function assignAlias(devices: XmlElement, device: XmlElement): string | undefined {
  const existing = aliasOf(device);
  if (existing !== undefined) return existing;
  const alias = aliasFor(devices, device);
  if (alias === undefined) return undefined;
  // libvirt writes <alias> after the device's own elements and before its <address>.
  insertChild(device, element('alias', { name: alias }));
  return alias;
}

const NUMBERED_PREFIX: Record<string, string> = {
  interface: 'net',
  serial: 'serial',
  channel: 'channel',
  input: 'input',
  video: 'video',
  sound: 'sound',
  rng: 'rng',
  hostdev: 'hostdev',
  redirdev: 'redir',
  filesystem: 'fs',
  watchdog: 'watchdog',
  tpm: 'tpm',
  memballoon: 'balloon',
  shmem: 'shmem',
  smartcard: 'smartcard',
  vsock: 'vsock',
};

/** Memory modules are numbered per model: dimm0, virtiomem0, ... */
const MEMORY_PREFIX: Record<string, string> = {
  dimm: 'dimm',
  nvdimm: 'nvdimm',
  'virtio-mem': 'virtiomem',
  'virtio-pmem': 'virtiopmem',
};

function aliasFor(devices: XmlElement, device: XmlElement): string | undefined {
  switch (device.name) {
    case 'disk':
      return diskAlias(device);
    case 'controller':
      return controllerAlias(device);
    case 'console':
      // A serial console is the first serial port seen from another angle: same alias.
      return 'serial0';
    case 'memory': {
      const prefix = MEMORY_PREFIX[attr(device, 'model') ?? 'dimm'];
      return prefix === undefined ? undefined : firstFree(devices, prefix);
    }
    default: {
      const prefix = NUMBERED_PREFIX[device.name];
      return prefix === undefined ? undefined : firstFree(devices, prefix);
    }
  }
}

function diskAlias(disk: XmlElement): string {
  const target = firstChild(disk, 'target');
  const index = diskIndex(attr(target, 'dev') ?? 'vda');
  switch (attr(target, 'bus') ?? 'virtio') {
    case 'sata':
      return `sata0-0-${index}`;
    case 'ide':
      return `ide0-${Math.floor(index / 2)}-${index % 2}`;
    case 'scsi':
      return `scsi0-0-0-${index}`;
    case 'usb':
      return `usb-disk${index}`;
    case 'fdc':
      return `fdc0-0-${index}`;
    default:
      return `virtio-disk${index}`;
  }
}

/** "vda" → 0, "sdc" → 2, "vdaa" → 26: the index libvirt derives from a target name. */
export function diskIndex(target: string): number {
  const letters = /[a-z]+$/.exec(target.replace(/^(vd|sd|hd|xvd|fd|ubd)/, ''))?.[0] ?? 'a';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 96);
  return index - 1;
}

function controllerAlias(controller: XmlElement): string {
  const type = attr(controller, 'type') ?? 'pci';
  const index = attr(controller, 'index') ?? '0';
  if (type === 'pci')
    return index === '0' && attr(controller, 'model') === 'pcie-root' ? 'pcie.0' : `pci.${index}`;
  if ((type === 'usb' || type === 'ide') && index === '0') return type;
  return `${type}${index}`;
}

function firstFree(devices: XmlElement, prefix: string): string {
  const taken = new Set(childElements(devices).map(aliasOf));
  let n = 0;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

import { randomMac } from './domain-xml';
import { demoErrors } from './errors';
import {
  childElements,
  element,
  firstChild,
  isElement,
  parseXml,
  sameElement,
  XmlSyntaxError,
} from './xml/tree';
import type { XmlElement } from './xml/tree';

/**
 * Device lookup and editing on a definition's <devices>, following libvirt's rules: a disk
 * is found by its target, a NIC by its MAC (or as the only NIC), anything by its alias,
 * and everything else by an exact match of the element.
 */

/** libvirt's order of device kinds inside <devices>; a new device goes after its kind. */
const DEVICE_ORDER = [
  'emulator',
  'disk',
  'controller',
  'lease',
  'filesystem',
  'interface',
  'smartcard',
  'serial',
  'parallel',
  'console',
  'channel',
  'input',
  'tpm',
  'graphics',
  'sound',
  'audio',
  'video',
  'hostdev',
  'redirdev',
  'redirfilter',
  'hub',
  'watchdog',
  'memballoon',
  'rng',
  'panic',
  'shmem',
  'memory',
  'iommu',
  'vsock',
  'crypto',
];

/** Kinds QEMU can add to or remove from a running guest. */
const HOTPLUGGABLE = new Set([
  'disk',
  'controller',
  'lease',
  'filesystem',
  'interface',
  'serial',
  'channel',
  'console',
  'input',
  'hostdev',
  'redirdev',
  'watchdog',
  'rng',
  'shmem',
  'memory',
  'vsock',
]);

/** Disk buses without hotplug in QEMU: the guest would need the controller to rescan. */
const FIXED_DISK_BUSES = new Set(['sata', 'ide', 'fdc']);

export type Scope = 'live' | 'config';

export function parseDevice(source: string): XmlElement {
  let device: XmlElement;
  try {
    device = parseXml(source);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw demoErrors.malformedXml('device', source, error.reason, error.line, error.column);
    }
    throw error;
  }
  if (!DEVICE_ORDER.includes(device.name) || device.name === 'emulator')
    throw demoErrors.unknownDeviceType(device.name);
  return device;
}

/** Finds the one device `match` designates, or fails as libvirt does for `scope`. */
export function findDevice(devices: XmlElement, match: XmlElement, scope: Scope): XmlElement {
  const alias = firstChild(match, 'alias')?.attrs['name'];
  const candidates = childElements(devices, match.name);
  if (alias !== undefined) {
    const found = candidates.find((d) => firstChild(d, 'alias')?.attrs['name'] === alias);
    if (found === undefined) throw demoErrors.deviceMissing(`no device found with alias ${alias}`);
    return found;
  }
  switch (match.name) {
    case 'disk':
      return findDisk(candidates, match, scope);
    case 'interface':
      return findInterface(candidates, match);
    default: {
      const found = candidates.find((d) => sameElement(withoutRuntime(d), withoutRuntime(match)));
      if (found === undefined)
        throw demoErrors.deviceMissing(`matching ${match.name} device was not found`);
      return found;
    }
  }
}

function findDisk(disks: XmlElement[], match: XmlElement, scope: Scope): XmlElement {
  const target = targetOf(match);
  const found = disks.find((d) => targetOf(d) === target);
  if (found !== undefined) return found;
  throw demoErrors.deviceMissing(
    scope === 'config' ? `no target device ${target}` : `disk ${target} not found`,
  );
}

function findInterface(nics: XmlElement[], match: XmlElement): XmlElement {
  const mac = macOf(match);
  const candidates = mac === undefined ? nics : nics.filter((n) => macOf(n) === mac);
  const [first, second] = candidates;
  if (first === undefined) {
    throw demoErrors.deviceMissing(
      mac === undefined
        ? 'no matching network device was found'
        : `no device matching MAC address ${mac} found`,
    );
  }
  if (second !== undefined) {
    throw demoErrors.ambiguousDevice(
      mac === undefined
        ? 'multiple matching devices found'
        : `multiple devices matching MAC address ${mac} found`,
    );
  }
  return first;
}

/** Checks that `device` may join `devices` (no clashing disk target or MAC). */
export function checkAttachable(devices: XmlElement, device: XmlElement): void {
  if (device.name === 'disk') {
    const target = targetOf(device);
    if (childElements(devices, 'disk').some((d) => targetOf(d) === target))
      throw demoErrors.targetExists(target);
  }
  if (device.name === 'interface') {
    const mac = macOf(device);
    if (mac !== undefined && childElements(devices, 'interface').some((n) => macOf(n) === mac)) {
      throw demoErrors.macExists(mac);
    }
  }
}

export function checkHotplug(device: XmlElement, action: 'attach' | 'detach'): void {
  if (!HOTPLUGGABLE.has(device.name)) throw demoErrors.liveUnsupported(action, device.name);
  const bus = firstChild(device, 'target')?.attrs['bus'];
  if (device.name === 'disk' && bus !== undefined && FIXED_DISK_BUSES.has(bus)) {
    throw demoErrors.notHotpluggable(
      `disk bus '${bus}'`,
      action === 'attach' ? 'hotplugged' : 'hotunplugged',
    );
  }
}

/** Gives a NIC without a MAC one, so live and config copies of it agree. */
export function completeDevice(device: XmlElement): void {
  if (device.name === 'interface' && macOf(device) === undefined) {
    device.children.unshift(element('mac', { address: randomMac() }));
  }
}

/** Inserts a device after the last one of its kind, in libvirt's order of kinds. */
export function insertDevice(devices: XmlElement, device: XmlElement): void {
  const rank = DEVICE_ORDER.indexOf(device.name);
  const before = devices.children.findIndex(
    (c) => isElement(c) && DEVICE_ORDER.indexOf(c.name) > rank,
  );
  devices.children.splice(before < 0 ? devices.children.length : before, 0, device);
}

export function removeDevice(devices: XmlElement, device: XmlElement): void {
  devices.children = devices.children.filter((c) => c !== device);
}

/** Replaces `current` by `next` in place, keeping the alias and address it had. */
export function replaceDevice(devices: XmlElement, current: XmlElement, next: XmlElement): void {
  const kept = childElements(current).filter((c) => c.name === 'alias' || c.name === 'address');
  const merged: XmlElement = {
    ...next,
    children: [
      ...next.children.filter((c) => !isElement(c) || (c.name !== 'alias' && c.name !== 'address')),
      ...kept,
    ],
  };
  devices.children = devices.children.map((c) => (c === current ? merged : c));
}

/** Kinds whose update libvirt supports: media change, NIC settings, graphics passwords. */
export function checkUpdatable(device: XmlElement, scope: Scope): void {
  if (!['disk', 'interface', 'graphics'].includes(device.name)) {
    throw demoErrors.updateUnsupported(device.name, scope === 'live' ? 'live' : 'persistent');
  }
}

/** graphics has no key but its type; update finds it that way. */
export function findForUpdate(devices: XmlElement, match: XmlElement, scope: Scope): XmlElement {
  if (match.name !== 'graphics') return findDevice(devices, match, scope);
  const found = childElements(devices, 'graphics').find(
    (g) => g.attrs['type'] === match.attrs['type'],
  );
  if (found === undefined)
    throw demoErrors.deviceMissing(`cannot find existing graphics device to modify`);
  return found;
}

export function targetOf(device: XmlElement): string {
  return firstChild(device, 'target')?.attrs['dev'] ?? '';
}

export function macOf(device: XmlElement): string | undefined {
  return firstChild(device, 'mac')?.attrs['address']?.toLowerCase();
}

/** A device without what the host adds at run time, for exact matching. */
function withoutRuntime(device: XmlElement): XmlElement {
  return {
    ...device,
    children: device.children.filter(
      (c) => !isElement(c) || (c.name !== 'alias' && c.name !== 'address'),
    ),
  };
}

import { randomMac } from './domain-xml';
import { demoErrors } from './errors';
import { formatLikeLibvirt } from './xml/format';
import {
  attr,
  childElements,
  cloneElement,
  element,
  firstChild,
  insertChild,
  parseXml,
  removeChild,
  replaceChild,
  sameElement,
  XmlSyntaxError,
} from './xml/tree';
import type { XmlElement } from './xml/tree';
import { childOrder } from '../../domain/xml/element-order';

/**
 * Device lookup and editing on a definition's <devices>, following libvirt's rules: a disk
 * is found by its target, a NIC by its MAC (or as the only NIC), anything by its alias,
 * and everything else by an exact match of the element.
 */

/** The elements of <devices> that are devices: everything libvirt orders there but <emulator>. */
const DEVICE_KINDS = new Set(childOrder('devices', 'domain').filter((name) => name !== 'emulator'));

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
  if (!DEVICE_KINDS.has(device.name)) throw demoErrors.unknownDeviceType(device.name);
  // In libvirt's layout, so that once inserted it is indented like its siblings.
  return parseXml(formatLikeLibvirt(device));
}

/** Finds the one device `match` designates, or fails as libvirt does for `scope`. */
export function findDevice(devices: XmlElement, match: XmlElement, scope: Scope): XmlElement {
  const alias = attr(firstChild(match, 'alias'), 'name');
  const candidates = childElements(devices, match.name);
  if (alias !== undefined) {
    const found = candidates.find((d) => attr(firstChild(d, 'alias'), 'name') === alias);
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
  const bus = attr(firstChild(device, 'target'), 'bus');
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
    insertChild(device, element('mac', { address: randomMac() }));
  }
}

/** Inserts a device after the last one of its kind, in libvirt's order of kinds. */
export function insertDevice(devices: XmlElement, device: XmlElement): void {
  insertChild(devices, device);
}

export function removeDevice(devices: XmlElement, device: XmlElement): void {
  removeChild(devices, device);
}

/** Replaces `current` by `next` in place, keeping the alias and address it had. */
export function replaceDevice(devices: XmlElement, current: XmlElement, next: XmlElement): void {
  const merged = withoutRuntime(next);
  for (const kept of childElements(current)) {
    if (kept.name === 'alias' || kept.name === 'address') insertChild(merged, cloneElement(kept));
  }
  replaceChild(devices, current, merged);
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
    (g) => attr(g, 'type') === attr(match, 'type'),
  );
  if (found === undefined)
    throw demoErrors.deviceMissing(`cannot find existing graphics device to modify`);
  return found;
}

export function targetOf(device: XmlElement): string {
  return attr(firstChild(device, 'target'), 'dev') ?? '';
}

export function macOf(device: XmlElement): string | undefined {
  return attr(firstChild(device, 'mac'), 'address')?.toLowerCase();
}

/** A copy of a device without what the host adds at run time (alias, address). */
function withoutRuntime(device: XmlElement): XmlElement {
  const copy = cloneElement(device);
  for (const added of childElements(copy)) {
    if (added.name === 'alias' || added.name === 'address') removeChild(copy, added);
  }
  return copy;
}

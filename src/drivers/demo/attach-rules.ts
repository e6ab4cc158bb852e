import { toKiB } from './domain-xml';
import { demoErrors } from './errors';
import { attr, child, childElements, firstChild, setAttr, setText, textOf } from './xml/tree';
import type { XmlElement } from './xml/tree';

/**
 * What libvirt 9's QEMU driver checks when a device joins a definition beyond the device
 * itself, worded and numbered as it reports them (checked on qemu:///system).
 */

/**
 * Kinds libvirt's QEMU driver neither attaches to nor detaches from a saved definition:
 * they join or leave it only by a define.
 */
const NOT_PERSISTENTLY_ATTACHABLE = new Set([
  'video',
  'graphics',
  'hub',
  'smartcard',
  'memballoon',
  'nvram',
  'tpm',
  'panic',
  'iommu',
  'audio',
  'crypto',
  'pstore',
]);

export function checkPersistentChange(device: XmlElement, action: 'attach' | 'detach'): void {
  if (NOT_PERSISTENTLY_ATTACHABLE.has(device.name)) {
    throw demoErrors.persistentUnsupported(action, device.name);
  }
}

/** Checks that `device` fits the domain `root` (a definition, live or saved). */
export function checkFitsDomain(root: XmlElement, device: XmlElement): void {
  if (usesSpicevmc(device) && !hasSpice(root)) throw demoErrors.spicevmcWithoutSpice();
  if (device.name === 'memory') checkMemory(root, device);
}

/**
 * libvirt defines a domain with two displays of one type; QEMU's validation at start
 * refuses it.
 */
export function checkDisplaysAtStart(root: XmlElement): void {
  const devices = firstChild(root, 'devices');
  const types =
    devices === undefined ? [] : childElements(devices, 'graphics').map((g) => attr(g, 'type'));
  if (new Set(types).size < types.length) throw demoErrors.graphicsPerType();
}

/** libvirt counts a plugged module into the domain's total memory. */
export function addModuleMemory(root: XmlElement, device: XmlElement): void {
  const memory = firstChild(root, 'memory');
  if (device.name !== 'memory' || memory === undefined) return;
  const total = kibOf(memory) + kibOf(child(device, 'target', 'size'));
  setText(memory, String(total));
  setAttr(memory, 'unit', 'KiB');
  const current = firstChild(root, 'currentMemory');
  if (current !== undefined) {
    setText(current, String(kibOf(current) + kibOf(child(device, 'target', 'size'))));
    setAttr(current, 'unit', 'KiB');
  }
}

function usesSpicevmc(device: XmlElement): boolean {
  return (
    (device.name === 'redirdev' || device.name === 'smartcard') &&
    attr(device, 'type') === 'spicevmc'
  );
}

function hasSpice(root: XmlElement): boolean {
  const devices = firstChild(root, 'devices');
  return (
    devices !== undefined &&
    childElements(devices, 'graphics').some((g) => attr(g, 'type') === 'spice')
  );
}

function checkMemory(root: XmlElement, device: XmlElement): void {
  const cells = childElements(child(root, 'cpu', 'numa') ?? root, 'cell').length;
  const arch = attr(child(root, 'os', 'type'), 'arch') ?? 'x86_64';
  if (cells === 0 && !arch.startsWith('ppc64')) throw demoErrors.memoryWithoutNuma();
  const node = textOf(child(device, 'target', 'node'));
  if (node !== undefined && cells > 0 && Number(node) >= cells)
    throw demoErrors.memoryNodeMissing(node, cells);
  const maxMemory = firstChild(root, 'maxMemory');
  if (maxMemory === undefined) throw demoErrors.memoryWithoutMaxMemory();
  const slots = Number(attr(maxMemory, 'slots') ?? '0');
  const devices = firstChild(root, 'devices');
  const used = devices === undefined ? 0 : childElements(devices, 'memory').length;
  if (used >= slots) throw demoErrors.noFreeMemorySlot();
  const size = kibOf(child(device, 'target', 'size'));
  const max = kibOf(maxMemory);
  if (kibOf(firstChild(root, 'memory')) + size > max) throw demoErrors.memoryAboveMax(size, max);
}


/** A scaled size element in KiB; 0 when it is missing. */
function kibOf(node: XmlElement | undefined): number {
  return toKiB(node) ?? 0;
}

import type { DomainXml } from './domain-xml';
import type { XmlElement } from './xml/nodes';

/*
 * Shared guest memory, which vhost-user devices (virtiofs) need: their daemon maps the
 * guest's RAM. libvirt decides per NUMA cell: a cell's own memAccess wins, and a cell
 * without one takes <memoryBacking><access mode=...>. Without NUMA cells the backing's
 * access alone counts. libvirt refuses to define (or attach a virtiofs share to) a
 * definition whose memory is not shared, on every cell.
 */

/** The guest's NUMA cells (<cpu><numa><cell>); most guests have none. */
export function numaCells(domain: DomainXml): XmlElement[] {
  return domain.element.child('cpu')?.child('numa')?.childrenNamed('cell') ?? [];
}

/** Whether all of the guest's memory is shared, as libvirt judges it for virtiofs. */
export function hasSharedMemory(domain: DomainXml): boolean {
  const backing = domain.memoryBackingAccess;
  const cells = numaCells(domain);
  if (cells.length === 0) return backing === 'shared';
  return cells.every((cell) => (cell.getAttribute('memAccess') ?? backing) === 'shared');
}

/**
 * Makes the guest's memory shared, changing as little as possible: the backing's access
 * becomes shared (with a memfd source when it names none; an existing file, anonymous or
 * memfd source and every other child, such as hugepages, stay), and a NUMA cell that
 * asks for private memory is switched to shared, since a single private cell is enough
 * for libvirt to refuse virtiofs. Returns whether anything changed.
 */
export function enableSharedMemory(domain: DomainXml): boolean {
  if (hasSharedMemory(domain)) return false;
  if (domain.memoryBackingSource === undefined) domain.memoryBackingSource = 'memfd';
  domain.memoryBackingAccess = 'shared';
  for (const cell of numaCells(domain)) {
    const access = cell.getAttribute('memAccess');
    if (access !== undefined && access !== 'shared') cell.setAttribute('memAccess', 'shared');
  }
  return true;
}

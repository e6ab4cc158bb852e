import { DomainXml } from '../../domain/domain-xml';
import { hasSharedMemory } from '../../domain/memory-backing';
import { XmlDocument } from '../../domain/xml/nodes';
import { demoErrors } from './errors';
import { attr, childElements, firstChild } from './xml/tree';
import type { XmlElement } from './xml/tree';

function isVirtiofs(device: XmlElement): boolean {
  return device.name === 'filesystem' && attr(firstChild(device, 'driver'), 'type') === 'virtiofs';
}

/**
 * libvirt refuses a definition with a virtiofs share (or an attach of one) unless the
 * guest's memory is shared: at define, and at attach in either scope.
 */
export function checkVirtiofsMemory(root: XmlElement, adding?: XmlElement): void {
  const devices = firstChild(root, 'devices');
  const shares = [...(devices ? childElements(devices) : []), ...(adding ? [adding] : [])];
  if (!shares.some(isVirtiofs)) return;
  if (!hasSharedMemory(new DomainXml(new XmlDocument([root], root)))) {
    throw demoErrors.requiresSharedMemory('virtiofs');
  }
}

import { randomUUID } from 'node:crypto';
import { canonicalUuid } from '../../shared/uuid';
import { demoErrors } from './errors';
import { checkVirtiofsMemory } from './shared-memory';
import { formatLikeLibvirt } from './xml/format';
import {
  attr,
  child,
  childElements,
  element,
  firstChild,
  insertChild,
  parseXml,
  removeChild,
  setAttr,
  setText,
  textOf,
  XmlSyntaxError,
} from './xml/tree';
import type { XmlElement } from './xml/tree';

/** The few facts about a domain the demo host keeps outside its XML, for fast listing. */
export interface DomainFacts {
  name: string;
  uuid: string;
  vcpus: number;
  memoryKiB: number;
  currentMemoryKiB: number;
}

/**
 * Parses domain XML as virDomainDefineXML would: well-formed, rooted at <domain>, with a
 * name; a missing UUID is generated and NICs without a MAC get one, so the stored
 * definition is complete, and it is laid out the way libvirt writes it. Failures are
 * libvirt's.
 */
export function parseDomainDefinition(source: string): { root: XmlElement; facts: DomainFacts } {
  let root: XmlElement;
  try {
    root = parseXml(source);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw demoErrors.malformedXml('domain', source, error.reason, error.line, error.column);
    }
    throw error;
  }
  if (root.name !== 'domain') throw demoErrors.wrongRoot('domain', root.name);
  const name = textOf(firstChild(root, 'name'))?.trim();
  if (name === undefined || name === '') throw demoErrors.missingName();
  ensureUuid(root);
  dropRuntimeState(root);
  for (const nic of childElements(devicesOf(root), 'interface')) ensureMac(nic);
  checkVirtiofsMemory(root);
  const stored = parseXml(formatLikeLibvirt(root));
  return { root: stored, facts: readFacts(stored) };
}

/**
 * A definition holds no run-time state: libvirt parses it "inactive", ignoring the domain
 * id, the aliases it assigned itself (user aliases, "ua-*", stay) and autoport VNC ports.
 * So live XML fed back to defineDomain gives the same definition as the inactive XML.
 */
function dropRuntimeState(root: XmlElement): void {
  setDomainId(root, undefined);
  const devices = firstChild(root, 'devices');
  if (devices === undefined) return;
  for (const device of childElements(devices)) {
    const alias = firstChild(device, 'alias');
    if (alias !== undefined && !(attr(alias, 'name') ?? '').startsWith('ua-')) {
      removeChild(device, alias);
    }
    if (device.name === 'graphics' && attr(device, 'autoport') === 'yes' && attr(device, 'port')) {
      setAttr(device, 'port', '-1');
    }
  }
}

export function readFacts(root: XmlElement): DomainFacts {
  const memoryKiB = toKiB(firstChild(root, 'memory')) ?? 0;
  return {
    name: textOf(firstChild(root, 'name'))?.trim() ?? '',
    uuid: textOf(firstChild(root, 'uuid'))?.trim() ?? '',
    vcpus: Number.parseInt(textOf(firstChild(root, 'vcpu')) ?? '1', 10) || 1,
    memoryKiB,
    currentMemoryKiB: toKiB(firstChild(root, 'currentMemory')) ?? memoryKiB,
  };
}

/** The <devices> element, created (empty) when a minimal definition has none. */
export function devicesOf(root: XmlElement): XmlElement {
  const existing = firstChild(root, 'devices');
  if (existing !== undefined) return existing;
  const devices = element('devices');
  insertChild(root, devices);
  return devices;
}

/** Running domains carry their id on the root element, as libvirt's live XML does. */
export function setDomainId(root: XmlElement, id: number | undefined): void {
  root.removeAttribute('id');
  // libvirt writes the id right after the type.
  if (id !== undefined) setAttr(root, 'id', String(id), 'type');
}

/** The libosinfo OS id from <metadata>, e.g. "http://debian.org/debian/12". */
export function osIdOf(root: XmlElement): string | undefined {
  const info = childElements(child(root, 'metadata') ?? element('metadata')).find((e) =>
    e.name.endsWith(':libosinfo'),
  );
  const os =
    info === undefined ? undefined : childElements(info).find((e) => e.name.endsWith(':os'));
  return attr(os, 'id');
}

function ensureUuid(root: XmlElement): void {
  const node = firstChild(root, 'uuid');
  if (node === undefined) {
    insertChild(root, element('uuid', {}, randomUUID()));
    return;
  }
  const canonical = canonicalUuid(textOf(node) ?? '');
  if (canonical === undefined) throw demoErrors.badXmlValue('malformed uuid element');
  setText(node, canonical);
}

function ensureMac(nic: XmlElement): void {
  if (attr(firstChild(nic, 'mac'), 'address') !== undefined) return;
  insertChild(nic, element('mac', { address: randomMac() }));
}

/** A MAC in QEMU's locally administered range, as libvirt generates them. */
export function randomMac(): string {
  const bytes = Array.from({ length: 3 }, () =>
    Math.floor(Math.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  );
  return `52:54:00:${bytes.join(':')}`;
}

const KIB_PER_UNIT: Record<string, number> = {
  b: 1 / 1024,
  bytes: 1 / 1024,
  k: 1,
  kib: 1,
  kb: 1000 / 1024,
  m: 1024,
  mib: 1024,
  mb: 1e6 / 1024,
  g: 1024 ** 2,
  gib: 1024 ** 2,
  gb: 1e9 / 1024,
  t: 1024 ** 3,
  tib: 1024 ** 3,
};

/** A scaled size element (<memory unit='GiB'>2</memory>) in KiB; KiB when no unit is given. */
export function toKiB(node: XmlElement | undefined): number | undefined {
  if (node === undefined) return undefined;
  const value = Number.parseInt(textOf(node) ?? '', 10);
  const factor = KIB_PER_UNIT[(attr(node, 'unit') ?? 'KiB').toLowerCase()];
  if (Number.isNaN(value) || factor === undefined)
    throw demoErrors.badXmlValue(`invalid value for '${node.name}'`);
  return Math.round(value * factor);
}

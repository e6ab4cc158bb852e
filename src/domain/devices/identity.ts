import { DeviceMatch } from '../../shared/devices';
import type { XmlElement } from '../xml/nodes';
import { formatPciAddress, readPciAddress, samePciAddress } from './address';
import type { PciAddress } from './address';
import { DiskDevice } from './disk';
import { InputDevice, VideoDevice, GraphicsDevice } from './display';
import { FilesystemDevice, LeaseDevice } from './filesystem';
import { InterfaceDevice } from './interface';
import { MemoryDevice, ShmemDevice } from './memory';
import { NvramDevice, PanicDevice, PstoreDevice, TpmDevice, WatchdogDevice } from './platform';
import type { Device } from './registry';
import { AudioDevice, SoundDevice } from './sound';
import { HubDevice, RedirdevDevice, RedirfilterDevice, SmartcardDevice } from './usb-redirect';
import { CryptoDevice, IommuDevice, MemballoonDevice, RngDevice, VsockDevice } from './virtio-misc';

/** The matches that name a device by its own identity (see `IDENTITY_MATCHES` in shared). */
export type IdentityKind = Exclude<
  DeviceMatch['kind'],
  'alias' | 'disk' | 'interface' | 'hostdev' | 'controller' | 'chardev'
>;
export type IdentityMatch = Extract<DeviceMatch, { kind: IdentityKind }>;

type FieldValue = string | number | PciAddress | undefined;
type Fields = Record<string, FieldValue>;

interface IdentityRule {
  kind: IdentityKind;
  /** The device's identity in the match's terms; fields it lacks are undefined. */
  read(element: XmlElement): Fields;
}

function rule<V>(
  kind: IdentityKind,
  View: new (element: XmlElement) => V,
  read: (view: V) => Fields,
): IdentityRule {
  return { kind, read: (element) => read(new View(element)) };
}

/**
 * What identifies each device type, after libvirt's lookups for detach (virDomainRNGFind,
 * virDomainInputDefFind, virDomainRedirdevDefFind, virDomainMemoryFindByDef,
 * virDomainFSIndexByName, ...): the fields a partial device gives must all agree.
 */
const RULES: Record<string, IdentityRule> = {
  // Only for disks without a target: libvirt then looks at the source.
  disk: rule('disk-source', DiskDevice, (d) => ({ source: d.source })),
  // Only for interfaces without a MAC: type, source, model and PCI address tell them apart.
  interface: rule('nic', InterfaceDevice, (d) => ({
    type: d.type,
    source: d.source,
    model: d.model,
    pci: pciOf(d.element),
  })),
  filesystem: rule('filesystem', FilesystemDevice, (d) => ({ target: d.targetDir })),
  rng: rule('rng', RngDevice, (d) => ({
    model: d.model,
    backend: d.backendModel,
    source: d.backendFile,
  })),
  watchdog: rule('watchdog', WatchdogDevice, (d) => ({ model: d.model, action: d.action })),
  input: rule('input', InputDevice, (d) => ({ type: d.type, bus: d.bus, source: d.source })),
  redirdev: rule('redirdev', RedirdevDevice, (d) => ({ bus: d.bus, type: d.type })),
  vsock: rule('vsock', VsockDevice, (d) => ({ model: d.model, cid: d.cid })),
  shmem: rule('shmem', ShmemDevice, (d) => ({ name: d.name })),
  memory: rule('memory', MemoryDevice, (d) => ({
    model: d.model,
    sizeKiB: d.targetSizeKiB,
    node: d.targetNode,
  })),
  tpm: rule('tpm', TpmDevice, (d) => ({ model: d.model, backend: d.backendType })),
  smartcard: rule('smartcard', SmartcardDevice, (d) => ({ mode: d.mode })),
  sound: rule('sound', SoundDevice, (d) => ({ model: d.model })),
  video: rule('video', VideoDevice, (d) => ({ model: d.model })),
  graphics: rule('graphics', GraphicsDevice, (d) => ({ type: d.type })),
  memballoon: rule('memballoon', MemballoonDevice, (d) => ({ model: d.model })),
  panic: rule('panic', PanicDevice, (d) => ({ model: d.model })),
  hub: rule('hub', HubDevice, (d) => ({ type: d.type })),
  iommu: rule('iommu', IommuDevice, (d) => ({ model: d.model })),
  crypto: rule('crypto', CryptoDevice, (d) => ({ model: d.model, type: d.type })),
  pstore: rule('pstore', PstoreDevice, (d) => ({ backend: d.backend })),
  nvram: rule('nvram', NvramDevice, () => ({})),
  redirfilter: rule('redirfilter', RedirfilterDevice, () => ({})),
  audio: rule('audio', AudioDevice, (d) => ({ id: d.id, type: d.type })),
  lease: rule('lease', LeaseDevice, (d) => ({ lockspace: d.lockspace, key: d.key })),
};

const ELEMENT_OF = Object.fromEntries(
  Object.entries(RULES).map(([element, { kind }]) => [kind, element]),
) as Record<IdentityKind, string>;

function pciOf(element: XmlElement): PciAddress | undefined {
  const address = element.child('address');
  return address?.getAttribute('type') === 'pci' ? readPciAddress(address) : undefined;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === 'object' && typeof b === 'object') return samePciAddress(a, b);
  return a === b;
}

export function isIdentityMatch(match: DeviceMatch): match is IdentityMatch {
  return match.kind in ELEMENT_OF;
}

/** The device element an identity match is about: "rng" for kind "rng", "disk" for "disk-source". */
export function identityElement(kind: IdentityKind): string {
  return ELEMENT_OF[kind];
}

/** The fields an identity match gives, without its kind. */
function givenFields(match: IdentityMatch): [string, FieldValue][] {
  return Object.entries(match).filter(
    (entry): entry is [string, FieldValue] => entry[0] !== 'kind' && entry[1] !== undefined,
  );
}

/** Every device whose identity agrees with each field the match gives. */
export function devicesWithIdentity(devices: readonly Device[], match: IdentityMatch): Device[] {
  const element = identityElement(match.kind);
  const wanted = givenFields(match);
  const identity = RULES[element];
  if (!identity) return [];
  return devices.filter((device) => {
    if (device.element.name !== element) return false;
    const own = identity.read(device.element);
    return wanted.every(([key, value]) => sameValue(own[key], value));
  });
}

/**
 * The identity match of a device element: every identifying field it has. Undefined when
 * the element has no identity rule, or lacks a field the match requires (a filesystem
 * without a target, a disk without a source).
 */
export function identityMatchOf(element: XmlElement): IdentityMatch | undefined {
  const identity = RULES[element.name];
  if (!identity) return undefined;
  // An empty value (a builtin rng's <backend/> has no text) identifies nothing.
  const fields = Object.entries(identity.read(element)).filter(
    ([, v]) => v !== undefined && v !== '',
  );
  const parsed = DeviceMatch.safeParse({ kind: identity.kind, ...Object.fromEntries(fields) });
  return parsed.success ? (parsed.data as IdentityMatch) : undefined;
}

/** "rng with model virtio, backend random", for messages. */
export function describeIdentityMatch(match: IdentityMatch): string {
  if (match.kind === 'disk-source') return `disk with source "${match.source}"`;
  const element = match.kind === 'nic' ? 'network interface' : identityElement(match.kind);
  const fields = givenFields(match).map(
    ([key, value]) =>
      `${key} ${typeof value === 'object' ? formatPciAddress(value) : String(value)}`,
  );
  return fields.length === 0 ? `${element} device` : `${element} with ${fields.join(', ')}`;
}

import type { DeviceMatch } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { DomainXml } from '../domain-xml';
import { formatPciAddress, samePciAddress } from './address';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { describeDevice } from './describe';
import { DiskDevice } from './disk';
import { HostdevDevice } from './hostdev';
import { describeIdentityMatch, devicesWithIdentity, isIdentityMatch } from './identity';
import type { IdentityKind } from './identity';
import { InterfaceDevice } from './interface';
import { aliasOf } from './registry';
import type { Device } from './registry';

type MatchOf<K extends DeviceMatch['kind']> = Extract<DeviceMatch, { kind: K }>;

/**
 * One finder per kind of match, all with one signature, as libvirt's QEMU driver has one
 * qemuDomainDetachPrep<Type>() per device type. Each returns every device the match names;
 * `findDevice` turns zero or several into a clear error.
 */
type Finder<K extends DeviceMatch['kind']> = (domain: DomainXml, match: MatchOf<K>) => Device[];
type NamedKind = Exclude<DeviceMatch['kind'], IdentityKind>;

/** The matches with a finder of their own; the rest go by identity (identity.ts). */
const FINDERS: { [K in NamedKind]: Finder<K> } = {
  alias: (domain, match) => {
    const found = domain.devices.filter((d) => aliasOf(d) === match.alias);
    return found.length > 1
      ? found.filter((d) => !(d instanceof ChardevDevice && d.mirrorsSerialPort))
      : found;
  },

  // libvirt looks disks up by target alone (virDomainDiskByTarget).
  disk: (domain, match) => domain.devicesOf(DiskDevice).filter((d) => d.targetDev === match.target),

  interface: (domain, match) =>
    domain
      .devicesOf(InterfaceDevice)
      .filter((d) => d.mac?.toLowerCase() === match.mac.toLowerCase()),

  hostdev: (domain, { source }) =>
    domain.devicesOf(HostdevDevice).filter((d) => {
      if ('pci' in source) {
        const pci = d.sourcePci;
        return pci !== undefined && samePciAddress(pci, source.pci);
      }
      if ('usbVendor' in source) {
        return (
          sameHexId(d.usbVendor, source.usbVendor) && sameHexId(d.usbProduct, source.usbProduct)
        );
      }
      if ('usbBus' in source) {
        const usb = d.sourceUsbAddress;
        return usb?.bus === source.usbBus && usb.device === source.usbDevice;
      }
      if ('scsi' in source) {
        const scsi = d.sourceScsi;
        const wanted = source.scsi;
        return (
          scsi?.adapter === wanted.adapter &&
          scsi.bus === wanted.bus &&
          scsi.target === wanted.target &&
          scsi.unit === wanted.unit
        );
      }
      return d.mdevUuid?.toLowerCase() === source.mdev.toLowerCase();
    }),

  controller: (domain, match) =>
    domain
      .devicesOf(ControllerDevice)
      .filter((d) => d.type === match.type && d.index === match.index),

  chardev: (domain, match) =>
    domain
      .devicesOf(ChardevDevice)
      .filter(
        (d) =>
          d.elementName === match.element &&
          (match.port === undefined || d.targetPort === match.port) &&
          (match.name === undefined || d.targetName === match.name),
      ),
};

/** USB ids are hex and appear as 0x1d6b or 1d6b. */
function sameHexId(a: string | undefined, b: string): boolean {
  return a !== undefined && parseInt(a, 16) === parseInt(b, 16);
}

/** Every device `match` names in `domain`. */
export function devicesMatching(domain: DomainXml, match: DeviceMatch): Device[] {
  if (isIdentityMatch(match)) return devicesWithIdentity(domain.devices, match);
  const finder = FINDERS[match.kind] as Finder<NamedKind>;
  return finder(domain, match);
}

/** The one device `match` names in `domain`, or an AppError that says why there is none. */
export function findDevice(domain: DomainXml, match: DeviceMatch): Device {
  const found = devicesMatching(domain, match);
  const [only, ...others] = found;
  if (!only) {
    throw new AppError({
      code: 'not-found',
      message: `${domain.name ?? 'The VM'} has no ${describeMatch(match)}. Refresh its device list: the device may already be gone.`,
    });
  }
  if (others.length > 0) {
    throw new AppError({
      code: 'ambiguous',
      message: `${found.length} devices match ${describeMatch(match)} (${found.map(describeDevice).join(', ')}). ${howToChoose(match)}`,
    });
  }
  return only;
}

/** What tells apart the devices an ambiguous match named. */
function howToChoose(match: DeviceMatch): string {
  if (match.kind === 'nic' || match.kind === 'interface') {
    return 'Name the interface by its MAC address, its PCI address or its alias instead.';
  }
  return 'Choose the device by its alias instead.';
}

/** The match in words, for messages: "disk with target "vdb"". */
export function describeMatch(match: DeviceMatch): string {
  if (isIdentityMatch(match)) return describeIdentityMatch(match);
  switch (match.kind) {
    case 'alias':
      return `device with alias "${match.alias}"`;
    case 'disk':
      return `disk with target "${match.target}"`;
    case 'interface':
      return `network interface with MAC ${match.mac}`;
    case 'controller':
      return `${match.type} controller with index ${match.index}`;
    case 'chardev':
      if (match.name !== undefined) return `${match.element} "${match.name}"`;
      return match.port === undefined ? match.element : `${match.element} ${match.port}`;
    case 'hostdev': {
      const s = match.source;
      if ('pci' in s) return `host PCI device ${formatPciAddress(s.pci)}`;
      if ('usbVendor' in s) return `host USB device ${s.usbVendor}:${s.usbProduct}`;
      if ('usbBus' in s) return `host USB device on bus ${s.usbBus}, device ${s.usbDevice}`;
      if ('scsi' in s) {
        const { adapter, bus, target, unit } = s.scsi;
        return `host SCSI device ${adapter}:${bus}:${target}:${unit}`;
      }
      return `mediated device ${s.mdev}`;
    }
  }
}

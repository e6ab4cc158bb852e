import type { DiskBus, DiskSource, DiskSpec, HostdevSpec, NicSpec } from '../../shared/devices';
import type { DomainXml } from '../domain-xml';
import { ensureChild } from '../xml/edit';
import { XmlElement } from '../xml/nodes';
import { writePciAddress } from './address';
import { DiskDevice } from './disk';
import { HostdevDevice } from './hostdev';
import { InterfaceDevice } from './interface';
import { nextTargetName } from './target-names';

/**
 * Device XML from specs, for attach and for new VMs. The element is built through the same
 * typed views that read devices, so a property's path lives in one place. `domain` supplies
 * what the choice depends on: the targets in use, the hypervisor and the machine type.
 * `alsoInUse` names further definitions whose disk targets count as taken: a disk added
 * to both the running VM and its saved configuration needs a target free in both.
 */
export function buildDisk(
  domain: DomainXml,
  spec: DiskSpec,
  alsoInUse: readonly DomainXml[] = [],
): XmlElement {
  const disk = new DiskDevice(new XmlElement('disk'));
  setDiskSource(disk, spec.source);
  disk.device = spec.device;
  if (usesQemu(domain)) disk.driverName = 'qemu';
  if (spec.format !== undefined) {
    disk.driverName ??= 'qemu';
    disk.format = spec.format;
  }
  if (spec.cache !== undefined) {
    disk.driverName ??= 'qemu';
    disk.cache = spec.cache;
  }
  const bus = spec.bus ?? defaultBus(domain, spec.device);
  const taken = [domain, ...alsoInUse].flatMap((definition) =>
    definition.devicesOf(DiskDevice).flatMap((d) => d.targetDev ?? []),
  );
  disk.targetDev = spec.target ?? nextTargetName(bus, taken);
  disk.targetBus = bus;
  disk.readonly = spec.readonly || spec.device === 'cdrom';
  disk.bootOrder = spec.bootOrder;
  disk.alias = spec.alias;
  return disk.element;
}

/**
 * Points a disk at a new source: the type attribute follows the source kind, and every
 * trace of the old source goes (libvirt's runtime `index`, a backing chain it probed).
 */
export function setDiskSource(disk: DiskDevice, source: DiskSource): void {
  for (const name of ['source', 'backingStore']) {
    const old = disk.element.child(name);
    if (old) disk.element.remove(old);
  }
  disk.type = source.type === 'none' ? (disk.type ?? 'file') : source.type;
  if (source.type === 'file') disk.sourceFile = source.path;
  if (source.type === 'block') disk.sourceDev = source.path;
  if (source.type === 'volume') {
    disk.sourcePool = source.pool;
    disk.sourceVolume = source.volume;
  }
}

export function buildNic(spec: NicSpec): XmlElement {
  const nic = new InterfaceDevice(new XmlElement('interface'));
  const { source } = spec;
  nic.type = source.type;
  nic.mac = spec.mac?.toLowerCase();
  if (source.type === 'network') nic.sourceNetwork = source.network;
  if (source.type === 'bridge') nic.sourceBridge = source.bridge;
  if (source.type === 'direct') {
    nic.sourceDev = source.dev;
    nic.sourceMode = source.mode;
  }
  nic.model = spec.model;
  if (spec.linkUp !== undefined) nic.linkState = spec.linkUp ? 'up' : 'down';
  nic.bootOrder = spec.bootOrder;
  nic.alias = spec.alias;
  return nic.element;
}

export function buildHostdev(spec: HostdevSpec): XmlElement {
  const hostdev = new HostdevDevice(new XmlElement('hostdev'));
  hostdev.mode = 'subsystem';
  const { source } = spec;
  const sourceElement = () => ensureChild(hostdev.element, 'source');
  if ('pci' in source) {
    hostdev.type = 'pci';
    hostdev.managed = spec.managed;
    writePciAddress(ensureChild(sourceElement(), 'address'), source.pci);
  } else if ('usbVendor' in source) {
    hostdev.type = 'usb';
    hostdev.managed = spec.managed;
    hostdev.usbVendor = source.usbVendor;
    hostdev.usbProduct = source.usbProduct;
  } else if ('scsi' in source) {
    // A SCSI disk of the host, by its adapter and address; it sits on a guest SCSI controller.
    hostdev.type = 'scsi';
    hostdev.scsiAdapter = source.scsi.adapter;
    const address = ensureChild(sourceElement(), 'address');
    address.setAttribute('bus', String(source.scsi.bus));
    address.setAttribute('target', String(source.scsi.target));
    address.setAttribute('unit', String(source.scsi.unit));
  } else {
    // Mediated devices are created on the host beforehand; libvirt never manages them.
    hostdev.type = 'mdev';
    hostdev.model = source.model;
    hostdev.mdevUuid = source.mdev;
  }
  hostdev.alias = spec.alias;
  return hostdev.element;
}

function usesQemu(domain: DomainXml): boolean {
  return domain.type === 'kvm' || domain.type === 'qemu';
}

/**
 * virtio for disks; for CD-ROMs the bus the machine type has: IDE on i440fx ("pc"), SATA
 * on q35 and the rest, SCSI on non-x86 guests, which have neither.
 */
function defaultBus(domain: DomainXml, device: DiskSpec['device']): DiskBus {
  if (device === 'disk') return 'virtio';
  if (device === 'floppy') return 'fdc';
  const arch = domain.arch ?? 'x86_64';
  if (arch !== 'x86_64' && arch !== 'i686') return 'scsi';
  const machine = domain.machine ?? '';
  return machine === 'pc' || machine.startsWith('pc-i440fx') ? 'ide' : 'sata';
}

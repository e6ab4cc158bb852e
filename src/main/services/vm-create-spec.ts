import { GraphicsSpec, VideoSpec } from '../../shared/devices';
import type { DeviceSpec, DiskSpec, NicSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import { unavailableReason, unsupportedBy } from '../../shared/host-support';
import type { HostSupport } from '../../shared/host-support';
import type { NewVmRequest } from '../../shared/vm-create';
import type { BootFrom, NewVmSpec } from '../../shared/vm-spec';
import type { HostFacts } from './vm-create-host';
import type { VolumeToCreate } from './new-volume';

const GiB = 2 ** 30;

/**
 * The domain model's NewVmSpec for a checked request, and the volume to create first. A
 * new volume's disk names it by pool and name, so the XML can be built (and shown in the
 * wizard's review) before the volume exists.
 */
export function newVmSpec(
  request: NewVmRequest,
  facts: HostFacts,
): { spec: NewVmSpec; create?: VolumeToCreate } {
  const disks: DiskSpec[] = [];
  const system = systemDisk(request);
  if (system) disks.push(system);
  const cdrom = installMedia(request);
  if (cdrom) disks.push(cdrom);
  const emulated = facts.domainType === 'kvm' || facts.domainType === 'qemu';
  const spec: NewVmSpec = {
    name: request.name,
    hypervisor: facts.domainType,
    arch: facts.arch,
    ...(facts.machine === undefined ? {} : { machine: facts.machine }),
    firmware: request.firmware,
    memoryMiB: request.memoryMiB,
    vcpus: request.vcpus,
    boot: bootFrom(request),
    disks,
    nics: nics(request),
    otherDevices: [],
    graphics: emulated ? displayFor(facts.support) : 'none',
    serialConsole: true,
    guestAgent: emulated,
    ...(request.osinfoId === undefined ? {} : { osinfoId: request.osinfoId }),
  };
  const { disk } = request;
  if (disk.kind !== 'new') return { spec };
  return {
    spec,
    create: {
      pool: disk.pool,
      volume: {
        name: disk.name,
        capacityBytes: Math.round(disk.sizeGiB * GiB),
        format: disk.format,
      },
    },
  };
}

/** VNC (the window's Display tab shows it), else SPICE, else none: what the host has. */
function displayFor(support: HostSupport): NewVmSpec['graphics'] {
  const usable = (type: 'vnc' | 'spice') =>
    unavailableReason(support, 'graphics.type', type) === undefined;
  if (usable('vnc')) return 'vnc';
  return usable('spice') ? 'spice' : 'none';
}

/**
 * The prep step's last look: every device the new VM would get, as the host's capabilities
 * allow (a bus, a video card, a display it lacks), so nothing is created for a refusal.
 */
export function checkSpecSupported(spec: NewVmSpec, support: HostSupport): void {
  const devices: DeviceSpec[] = [...spec.disks, ...spec.nics, ...spec.otherDevices];
  if (spec.graphics !== 'none') {
    devices.push(
      GraphicsSpec.parse({ kind: 'graphics', type: spec.graphics }),
      VideoSpec.parse({ kind: 'video', model: 'virtio' }),
    );
  }
  for (const device of devices) {
    const reason = unsupportedBy(support, device);
    if (reason !== undefined) {
      throw new AppError({ code: 'unsupported', message: `The VM was not created: ${reason}` });
    }
  }
}

function bootFrom(request: NewVmRequest): BootFrom {
  const { source } = request;
  switch (source.kind) {
    case 'iso-volume':
    case 'iso-path':
      return { from: 'cdrom' };
    case 'network':
      return { from: 'network' };
    case 'kernel':
      return {
        from: 'kernel',
        kernel: source.kernel,
        ...(source.initrd === undefined ? {} : { initrd: source.initrd }),
        ...(source.cmdline === undefined ? {} : { cmdline: source.cmdline }),
      };
    case 'import':
      return { from: 'disk' };
  }
}

function systemDisk(request: NewVmRequest): DiskSpec | undefined {
  const { disk } = request;
  const base = { kind: 'disk', device: 'disk', bus: 'virtio', readonly: false } as const;
  switch (disk.kind) {
    case 'new':
      return {
        ...base,
        format: disk.format,
        source: { type: 'volume', pool: disk.pool, volume: disk.name },
      };
    case 'volume':
      return {
        ...base,
        format: formatOf(disk.volume),
        source: { type: 'volume', pool: disk.pool, volume: disk.volume },
      };
    case 'path':
      return {
        ...base,
        format: formatOf(disk.path),
        source: { type: disk.path.startsWith('/dev/') ? 'block' : 'file', path: disk.path },
      };
    case 'none':
      return undefined;
  }
}

/** The installer's CD-ROM drive, on SATA (q35 has no IDE bus). */
function installMedia(request: NewVmRequest): DiskSpec | undefined {
  const { source } = request;
  const base = {
    kind: 'disk',
    device: 'cdrom',
    bus: 'sata',
    format: 'raw',
    readonly: true,
  } as const;
  if (source.kind === 'iso-volume') {
    return { ...base, source: { type: 'volume', pool: source.pool, volume: source.volume } };
  }
  if (source.kind === 'iso-path') return { ...base, source: { type: 'file', path: source.path } };
  return undefined;
}

function nics(request: NewVmRequest): NicSpec[] {
  const { network } = request;
  if (network.kind === 'none') return [];
  const source =
    network.kind === 'network'
      ? ({ type: 'network', network: network.network } as const)
      : ({ type: 'bridge', bridge: network.bridge } as const);
  return [{ kind: 'interface', source, model: 'virtio' }];
}

/**
 * An existing image's format, from its name: libvirt takes an unnamed format as raw, and a
 * qcow2 image read as raw boots nothing (reading the header would need the file itself).
 */
function formatOf(name: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'qcow2' || extension === 'qcow') return 'qcow2';
  if (extension === 'vmdk' || extension === 'vdi' || extension === 'vhdx') return extension;
  return 'raw';
}

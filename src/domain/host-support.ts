import type { DomainCapabilities } from './capabilities';
import { DiskBus, DiskSpec, FilesystemSpec, GraphicsSpec, TpmSpec, VideoSpec } from '../shared/devices';
import type { DeviceSpec } from '../shared/devices';
import type { HostChoice, HostSupport, UnavailableChoice } from '../shared/host-support';

/*
 * Reads a host's domain capabilities (for one hypervisor, emulator, arch and machine type)
 * into the choices it cannot do, each with why and what to install there. A feature the
 * capabilities do not mention at all is taken as offered: an older libvirt or another
 * driver cannot tell, and the host then decides.
 */

/** A capability-bound choice: which values the forms offer, and where libvirt lists them. */
interface ChoiceSource {
  choice: HostChoice;
  offered: readonly string[];
  path: string;
  enumName: string;
  reason: (value: string, listed: string[], where: string) => string;
}

const inList = (values: string[]) => (values.length > 0 ? values.join(', ') : 'none');

const CHOICES: readonly ChoiceSource[] = [
  {
    choice: 'disk.bus',
    offered: DiskBus.options,
    path: 'devices/disk',
    enumName: 'bus',
    reason: (bus, listed, where) =>
      `${where} has no ${bus === 'fdc' ? 'floppy controller' : `${bus.toUpperCase()} bus`} for disks; choose one it has (${inList(listed)}).`,
  },
  {
    choice: 'disk.device',
    offered: DiskSpec.shape.device.unwrap().options,
    path: 'devices/disk',
    enumName: 'diskDevice',
    reason: (device, _listed, where) =>
      `${where} cannot give a VM a ${device === 'cdrom' ? 'CD-ROM' : device} drive.`,
  },
  {
    choice: 'tpm.backend',
    offered: ['emulator', 'passthrough'],
    path: 'devices/tpm',
    enumName: 'backendModel',
    reason: (backend) =>
      backend === 'emulator'
        ? 'This host cannot emulate a TPM: install swtpm there (the swtpm and swtpm-tools packages), then restart libvirtd.'
        : "This host cannot pass its own TPM through to a VM (its QEMU lacks the passthrough backend); use an emulated TPM.",
  },
  {
    choice: 'tpm.model',
    offered: TpmSpec.shape.model.unwrap().options,
    path: 'devices/tpm',
    enumName: 'model',
    reason: (model, listed, where) =>
      `${where} has no ${model} TPM; choose one it has (${inList(listed)}).`,
  },
  {
    choice: 'tpm.version',
    offered: ['2.0', '1.2'],
    path: 'devices/tpm',
    enumName: 'backendVersion',
    reason: (version, listed) =>
      `The TPM emulator on this host (swtpm) cannot emulate TPM ${version}; choose ${inList(listed)}.`,
  },
  {
    choice: 'filesystem.driver',
    offered: FilesystemSpec.shape.driver.unwrap().options,
    path: 'devices/filesystem',
    enumName: 'driverType',
    reason: (driver) =>
      driver === 'virtiofs'
        ? "This host's QEMU cannot share folders over virtiofs: use 9p, or update QEMU there (virtiofs also needs virtiofsd)."
        : "This host's QEMU cannot share folders over 9p: use virtiofs.",
  },
  {
    choice: 'video.model',
    offered: VideoSpec.shape.model.unwrap().options,
    path: 'devices/video',
    enumName: 'modelType',
    reason: (model, listed) =>
      `This host's QEMU has no ${model} video card; choose one it has (${inList(listed)}).`,
  },
  {
    choice: 'graphics.type',
    offered: GraphicsSpec.shape.type.options,
    path: 'devices/graphics',
    enumName: 'type',
    reason: (type) =>
      type === 'spice'
        ? "This host's QEMU cannot show a SPICE display (on Debian and Ubuntu install qemu-system-modules-spice there); use VNC."
        : "This host's QEMU cannot show a VNC display; use SPICE.",
  },
  {
    choice: 'rng.backend',
    offered: ['random', 'builtin'],
    path: 'devices/rng',
    enumName: 'backendModel',
    reason: (backend, listed) =>
      `This host's QEMU has no ${backend === 'random' ? 'host-device' : 'built-in'} random number source; choose one it has (${inList(listed)}).`,
  },
  {
    choice: 'hostdev.type',
    offered: ['usb', 'pci', 'scsi'],
    path: 'devices/hostdev',
    enumName: 'subsysType',
    reason: (type) => `This host cannot pass ${type.toUpperCase()} devices through to a VM.`,
  },
];

/** Device kinds the capabilities can call unsupported as a whole, by their path. */
const KINDS: readonly { kind: DeviceSpec['kind']; path: string; what: string }[] = [
  { kind: 'disk', path: 'devices/disk', what: 'disks' },
  { kind: 'tpm', path: 'devices/tpm', what: 'TPMs' },
  { kind: 'filesystem', path: 'devices/filesystem', what: 'shared folders' },
  { kind: 'video', path: 'devices/video', what: 'video cards' },
  { kind: 'graphics', path: 'devices/graphics', what: 'displays' },
  { kind: 'rng', path: 'devices/rng', what: 'random number generators' },
  { kind: 'hostdev', path: 'devices/hostdev', what: 'host device passthrough' },
  { kind: 'redirdev', path: 'devices/redirdev', what: 'USB redirection' },
];

const UEFI_MISSING =
  'This host offers no UEFI firmware for new VMs: install OVMF there (Debian and Ubuntu: ovmf; Fedora: edk2-ovmf), then restart libvirtd.';

const SECURE_BOOT_MISSING =
  "This host's UEFI firmware has no Secure Boot build: install OVMF's Secure Boot firmware there (Debian and Ubuntu: ovmf; Fedora: edk2-ovmf), then restart libvirtd.";

/** What the host, as its domain capabilities describe it, cannot do. */
export function hostSupportOf(caps: DomainCapabilities | undefined): HostSupport {
  if (!caps) return { unavailable: [] };
  const where = machineWhere(caps);
  const unavailable: UnavailableChoice[] = [];
  for (const { kind, path, what } of KINDS) {
    if (caps.supportOf(path) === 'no') {
      unavailable.push({ choice: 'kind', value: kind, reason: `This host's QEMU has no ${what}.` });
    }
  }
  for (const source of CHOICES) {
    const listed = caps.supportOf(source.path) === 'no' ? [] : caps.listed(source.path, source.enumName);
    if (listed === undefined) continue;
    for (const value of source.offered) {
      if (!listed.includes(value)) {
        unavailable.push({ choice: source.choice, value, reason: source.reason(value, listed, where) });
      }
    }
  }
  unavailable.push(...firmwareProblems(caps));
  return { unavailable };
}

/** UEFI needs firmware the host lists; Secure Boot a build of it with secure='yes'. */
function firmwareProblems(caps: DomainCapabilities): UnavailableChoice[] {
  const firmware = caps.listed('os', 'firmware');
  if (firmware !== undefined && !firmware.includes('efi')) {
    return [
      { choice: 'firmware', value: 'efi', reason: UEFI_MISSING },
      { choice: 'firmware', value: 'efi-secure', reason: UEFI_MISSING },
    ];
  }
  const secure = caps.listed('os/loader', 'secure');
  if (secure !== undefined && !secure.includes('yes')) {
    return [{ choice: 'firmware', value: 'efi-secure', reason: SECURE_BOOT_MISSING }];
  }
  return [];
}

/** "A q35 VM on this host", or the plain host when the capabilities name no machine. */
function machineWhere(caps: DomainCapabilities): string {
  const machine = caps.machine?.replace(/^pc-(q35|i440fx)-.*$/, (_m, family: string) =>
    family === 'q35' ? 'q35' : 'i440fx',
  );
  return machine === undefined ? 'This host' : `A ${machine} VM on this host`;
}

import { z } from 'zod';
import { VmSummary } from './dto';
import { UnavailableChoice } from './host-support';
import { Firmware, VmName } from './vm-spec';

/**
 * What the New VM wizard sends. It names host objects (pools, volumes, networks) rather
 * than describing devices: main checks each against the host, then turns the request into
 * a NewVmSpec for the domain model (src/main/services/vm-create-spec.ts).
 */

const hostPath = (what: string) =>
  z.string().trim().startsWith('/', `enter the ${what}'s full path on the host, starting with /`);

/** Where the guest's operating system comes from. */
export const InstallSource = z.discriminatedUnion('kind', [
  /** An installer ISO that is a volume of a storage pool: the VM boots from a CD-ROM. */
  z.object({
    kind: z.literal('iso-volume'),
    pool: z.string().min(1, 'choose the storage pool that holds the ISO image'),
    volume: z.string().min(1, 'choose the ISO image'),
  }),
  /** An installer ISO anywhere on the host. */
  z.object({ kind: z.literal('iso-path'), path: hostPath('ISO image') }),
  /** The system disk already holds an installed system: the VM boots from it. */
  z.object({ kind: z.literal('import') }),
  /** The VM boots from the network (PXE). */
  z.object({ kind: z.literal('network') }),
  /** Direct kernel boot: the host's kernel and initrd, no bootloader (tests, appliances). */
  z.object({
    kind: z.literal('kernel'),
    kernel: hostPath('kernel'),
    initrd: hostPath('initrd').optional(),
    cmdline: z.string().optional(),
  }),
]);
export type InstallSource = z.infer<typeof InstallSource>;

export const VOLUME_FORMATS = ['qcow2', 'raw'] as const;

/** The VM's system disk. */
export const SystemDisk = z.discriminatedUnion('kind', [
  /** A new volume, created in the pool just before the VM is defined. */
  z.object({
    kind: z.literal('new'),
    pool: z.string().min(1, 'choose the storage pool for the new disk'),
    name: z
      .string()
      .trim()
      .min(1, 'give the new volume a name')
      .regex(/^[^/]+$/, 'a volume name cannot contain "/"'),
    sizeGiB: z
      .number()
      .positive('the disk needs a size above zero')
      .max(65_536, 'a disk of more than 64 TiB is not offered here; enter a smaller size'),
    format: z.enum(VOLUME_FORMATS).default('qcow2'),
  }),
  /** An existing volume of a pool. */
  z.object({
    kind: z.literal('volume'),
    pool: z.string().min(1, 'choose the storage pool of the disk image'),
    volume: z.string().min(1, 'choose the disk image'),
  }),
  /** An existing image file or block device on the host. */
  z.object({ kind: z.literal('path'), path: hostPath('disk image') }),
  /** No disk (a network-booted or live-CD guest). */
  z.object({ kind: z.literal('none') }),
]);
export type SystemDisk = z.infer<typeof SystemDisk>;

export const VmNetworkChoice = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('network'),
    network: z.string().min(1, 'choose a virtual network'),
  }),
  z.object({
    kind: z.literal('bridge'),
    bridge: z
      .string()
      .trim()
      .min(1, "enter the name of the host's bridge, e.g. br0")
      .regex(/^[^/\s]+$/, 'a bridge name has no spaces or "/"'),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type VmNetworkChoice = z.infer<typeof VmNetworkChoice>;

export const NewVmRequest = z.object({
  name: VmName,
  memoryMiB: z.number().int('enter whole MiB').min(16, 'a VM needs at least 16 MiB of memory'),
  vcpus: z.number().int('enter a whole number of vCPUs').min(1, 'a VM needs at least one vCPU'),
  source: InstallSource,
  disk: SystemDisk,
  network: VmNetworkChoice,
  firmware: Firmware.default('bios'),
  /**
   * The guest's OS as a libosinfo id (http://debian.org/debian/12), recorded in the
   * domain's libosinfo metadata as virt-install does; the VM list shows it.
   */
  osinfoId: z.url('choose an operating system from the list').optional(),
  /** Start the VM once it is defined. */
  start: z.boolean().default(true),
});
export type NewVmRequest = z.infer<typeof NewVmRequest>;
export type NewVmRequestInput = z.input<typeof NewVmRequest>;

/** What the wizard offers on a host, and its limits. */
export const NewVmOptions = z.object({
  /** The domain type a new VM gets: kvm, qemu (emulation), test, ... */
  domainType: z.string(),
  arch: z.string(),
  firmware: z.array(Firmware),
  /** What the host cannot do for a new VM (UEFI without OVMF, ...), each with why. */
  unavailable: z.array(UnavailableChoice),
  maxVcpus: z.number().int(),
  maxMemoryMiB: z.number().int(),
  networks: z.array(z.object({ name: z.string(), active: z.boolean() })),
  pools: z.array(
    z.object({
      name: z.string(),
      active: z.boolean(),
      volumes: z.array(z.object({ name: z.string(), path: z.string() })),
    }),
  ),
});
export type NewVmOptions = z.infer<typeof NewVmOptions>;

/**
 * How a creation ended. `started: false` with `startError` means the VM was created and
 * defined, but the host could not start it: it is in the list, shut off.
 */
export const NewVmOutcome = z.object({
  vm: VmSummary,
  started: z.boolean(),
  message: z.string(),
  startError: z.string().optional(),
});
export type NewVmOutcome = z.infer<typeof NewVmOutcome>;

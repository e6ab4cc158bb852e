import { z } from 'zod';
import { LibvirtUuid } from './uuid';

/**
 * What the renderer sends to name a device or describe a new one. The domain model
 * (src/domain/devices) turns a DeviceMatch into the one device it names and a spec into
 * device XML; these schemas live here so the IPC contract can use them.
 */

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
export const MacAddress = z.string().regex(MAC, 'a MAC address looks like 52:54:00:12:34:56');

/** libvirt reserves aliases starting "ua-" for the user; it keeps them across restarts. */
export const UserAlias = z
  .string()
  .regex(/^ua-[A-Za-z0-9_-]+$/, 'a user alias starts with "ua-" and has letters, digits, - and _');

export const PciAddress = z.object({
  domain: z.number().int().min(0).max(0xffff).default(0),
  bus: z.number().int().min(0).max(0xff),
  slot: z.number().int().min(0).max(0x1f),
  function: z.number().int().min(0).max(7).default(0),
});

/**
 * Matches by a device's own identity, after libvirt's per-type lookups (virDomainRNGFind,
 * ...): the fields given must all agree, and together name exactly one device.
 */
const identity = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), ...shape });
const name = z.string().min(1).optional();
const count = z.number().int().min(0).optional();

const IDENTITY_MATCHES = [
  /** A disk given without a target: its source path, device or pool/volume. */
  identity('disk-source', { source: z.string().min(1) }),
  /** A network interface given without a MAC, told apart by type, source, PCI address. */
  identity('nic', { type: name, source: name, model: name, pci: PciAddress.optional() }),
  identity('filesystem', { target: z.string().min(1) }),
  identity('rng', { model: name, backend: name, source: name }),
  identity('watchdog', { model: name, action: name }),
  identity('input', { type: name, bus: name, source: name }),
  identity('redirdev', { bus: name, type: name }),
  identity('vsock', { model: name, cid: count }),
  identity('shmem', { name: z.string().min(1) }),
  identity('memory', { model: name, sizeKiB: count, node: count }),
  identity('tpm', { model: name, backend: name }),
  identity('smartcard', { mode: name }),
  identity('sound', { model: name }),
  identity('video', { model: name }),
  identity('graphics', { type: name }),
  identity('memballoon', { model: name }),
  identity('panic', { model: name }),
  identity('hub', { type: name }),
  identity('iommu', { model: name }),
  identity('crypto', { model: name, type: name }),
  identity('pstore', { backend: name }),
  identity('nvram', {}),
  identity('redirfilter', {}),
  identity('audio', { id: count, type: name }),
  identity('lease', { lockspace: name, key: name }),
] as const;

/** A SCSI host device: the host adapter and the address on it. */
export const ScsiHostAddress = z.object({
  adapter: z.string().min(1),
  bus: z.number().int().min(0).default(0),
  target: z.number().int().min(0).default(0),
  unit: z.number().int().min(0),
});

/**
 * A partial device that names one device of a VM, as libvirt's detach takes one: a disk by
 * its target, a NIC by its MAC, a host device by its host address, any device by alias.
 */
export const DeviceMatch = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alias'), alias: z.string().min(1) }),
  z.object({ kind: z.literal('disk'), target: z.string().min(1) }),
  z.object({ kind: z.literal('interface'), mac: MacAddress }),
  z.object({
    kind: z.literal('hostdev'),
    source: z.union([
      z.object({ pci: PciAddress }),
      z.object({ usbVendor: z.string(), usbProduct: z.string() }),
      z.object({ usbBus: z.number().int(), usbDevice: z.number().int() }),
      z.object({ mdev: LibvirtUuid }),
      z.object({ scsi: ScsiHostAddress }),
    ]),
  }),
  z.object({
    kind: z.literal('controller'),
    type: z.string().min(1),
    index: z.number().int().min(0),
  }),
  z.object({
    kind: z.literal('chardev'),
    element: z.enum(['serial', 'console', 'channel', 'parallel']),
    /** A serial or parallel port's number. */
    port: z.number().int().min(0).optional(),
    /** A channel's name, e.g. org.qemu.guest_agent.0. */
    name: z.string().min(1).optional(),
  }),
  ...IDENTITY_MATCHES,
]);
export type DeviceMatch = z.infer<typeof DeviceMatch>;

export const DiskBus = z.enum(['virtio', 'scsi', 'sata', 'usb', 'ide', 'fdc']);
export type DiskBus = z.infer<typeof DiskBus>;

/** Where a disk's data comes from; "none" is an empty CD-ROM or floppy drive. */
export const DiskSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), path: z.string().min(1) }),
  z.object({ type: z.literal('block'), path: z.string().min(1) }),
  z.object({ type: z.literal('volume'), pool: z.string().min(1), volume: z.string().min(1) }),
  z.object({ type: z.literal('none') }),
]);
export type DiskSource = z.infer<typeof DiskSource>;

/**
 * How the host caches a disk's I/O (libvirt's driver cache attribute). Left out, or
 * "default", the hypervisor picks; "none" and "directsync" bypass the host's page cache;
 * "unsafe" ignores flushes and suits only throwaway guests.
 */
export const DiskCache = z.enum([
  'default',
  'none',
  'writethrough',
  'writeback',
  'directsync',
  'unsafe',
]);
export type DiskCache = z.infer<typeof DiskCache>;

/** A disk to add. Missing targets are picked (vdb, sdc, ...); missing buses follow the device. */
export const DiskSpec = z.object({
  kind: z.literal('disk'),
  device: z.enum(['disk', 'cdrom', 'floppy']).default('disk'),
  source: DiskSource,
  /** The image format (raw, qcow2, ...); libvirt assumes raw when it is left out. */
  format: z.string().min(1).optional(),
  bus: DiskBus.optional(),
  cache: DiskCache.optional(),
  target: z
    .string()
    .regex(/^[a-z]+$/, 'a disk target looks like vdb or sda')
    .optional(),
  readonly: z.boolean().default(false),
  bootOrder: z.number().int().min(1).optional(),
  alias: UserAlias.optional(),
});
export type DiskSpec = z.infer<typeof DiskSpec>;
export type DiskSpecInput = z.input<typeof DiskSpec>;

/** A network card to add. libvirt picks a MAC address when none is given. */
export const NicSpec = z.object({
  kind: z.literal('interface'),
  source: z.discriminatedUnion('type', [
    z.object({ type: z.literal('network'), network: z.string().min(1) }),
    z.object({ type: z.literal('bridge'), bridge: z.string().min(1) }),
    z.object({
      type: z.literal('direct'),
      dev: z.string().min(1),
      mode: z.string().default('bridge'),
    }),
    z.object({ type: z.literal('user') }),
  ]),
  model: z.string().min(1).default('virtio'),
  mac: MacAddress.optional(),
  linkUp: z.boolean().optional(),
  bootOrder: z.number().int().min(1).optional(),
  alias: UserAlias.optional(),
});
export type NicSpec = z.infer<typeof NicSpec>;
export type NicSpecInput = z.input<typeof NicSpec>;

/** One device of a VM as the device list shows it. */
export const DeviceSummary = z.object({
  /** The element name: disk, interface, hostdev, controller, serial, graphics, ... */
  kind: z.string(),
  /** A short human name: "disk vda", "network interface 52:54:00:…". */
  title: z.string(),
  alias: z.string().optional(),
  /** What to send back to name this device (detach, update); absent if nothing names it. */
  match: DeviceMatch.optional(),
  /** Why the device cannot be removed while the VM runs; absent when it can. */
  liveRemovalProblem: z.string().optional(),
  /**
   * Why the device cannot be removed at all, from the running VM or the saved definition
   * (a root bus, a device libvirt adds back to every definition); absent when it can.
   */
  removalProblem: z.string().optional(),
});
export type DeviceSummary = z.infer<typeof DeviceSummary>;

/** A host PCI or USB device to pass through to the guest. */
export const HostdevSpec = z.object({
  kind: z.literal('hostdev'),
  source: z.union([
    z.object({ pci: PciAddress }),
    z.object({ usbVendor: z.string(), usbProduct: z.string() }),
    z.object({ scsi: ScsiHostAddress }),
    /** A mediated device (a vGPU slice, ...) that already exists on the host. */
    z.object({
      mdev: LibvirtUuid,
      model: z.enum(['vfio-pci', 'vfio-ccw', 'vfio-ap']).default('vfio-pci'),
    }),
  ]),
  /** libvirt detaches the device from its host driver and gives it back afterwards. */
  managed: z.boolean().default(true),
  alias: UserAlias.optional(),
});
export type HostdevSpec = z.infer<typeof HostdevSpec>;

/*
 * Specs for the other devices a user can add, as a dialog sends them (src/domain/devices/
 * build-*.ts writes the XML). What libvirt picks well itself (ports, CIDs) is optional.
 */

/** A bus for devices to hang off; the index is the next free one of its type when left out. */
export const ControllerSpec = z.object({
  kind: z.literal('controller'),
  type: z.enum(['scsi', 'usb', 'virtio-serial', 'sata', 'ccid', 'pci']),
  /** virtio-scsi, qemu-xhci, pcie-root-port, ...; libvirt's default for the type when left out. */
  model: z.string().min(1).optional(),
  index: z.number().int().min(0).optional(),
  alias: UserAlias.optional(),
});

/** A host directory shared with the guest; the guest mounts it by its tag. */
export const FilesystemSpec = z.object({
  kind: z.literal('filesystem'),
  /** virtiofs (fast, needs shared memory) or 9p ("path"). */
  driver: z.enum(['virtiofs', 'path']).default('virtiofs'),
  source: z.string().startsWith('/', 'the shared directory is an absolute path on the host'),
  /** The mount tag the guest uses: mount -t virtiofs TAG /mnt. */
  tag: z.string().min(1).max(36, 'a mount tag has at most 36 characters'),
  readonly: z.boolean().default(false),
  alias: UserAlias.optional(),
});

export const RngSpec = z.object({
  kind: z.literal('rng'),
  backend: z.discriminatedUnion('type', [
    z.object({ type: z.literal('random'), path: z.string().min(1).default('/dev/urandom') }),
    z.object({ type: z.literal('builtin') }),
  ]),
  rate: z.object({ bytes: z.number().int().min(1), periodMs: z.number().int().min(1) }).optional(),
  alias: UserAlias.optional(),
});

export const WatchdogSpec = z.object({
  kind: z.literal('watchdog'),
  model: z.enum(['i6300esb', 'itco', 'ib700', 'diag288']).default('i6300esb'),
  action: z
    .enum(['reset', 'shutdown', 'poweroff', 'pause', 'none', 'dump', 'inject-nmi'])
    .default('reset'),
  alias: UserAlias.optional(),
});

export const InputSpec = z.object({
  kind: z.literal('input'),
  type: z.enum(['tablet', 'mouse', 'keyboard']),
  bus: z.enum(['usb', 'virtio']).default('usb'),
  alias: UserAlias.optional(),
});

/** The host side of a serial port, console or channel. */
export const ChardevSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pty') }),
  z.object({ type: z.literal('file'), path: z.string().startsWith('/') }),
  z.object({
    type: z.literal('unix'),
    /** Left out for a bind socket, libvirt picks one under its run directory. */
    path: z.string().startsWith('/').optional(),
    mode: z.enum(['bind', 'connect']).default('bind'),
  }),
  z.object({
    type: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535),
    mode: z.enum(['bind', 'connect']).default('bind'),
  }),
  z.object({ type: z.literal('spicevmc') }),
]);
export type ChardevSource = z.infer<typeof ChardevSource>;

export const SerialSpec = z.object({
  kind: z.literal('serial'),
  source: ChardevSource.default({ type: 'pty' }),
  port: z.number().int().min(0).optional(),
  alias: UserAlias.optional(),
});

export const ConsoleSpec = z.object({
  kind: z.literal('console'),
  target: z.enum(['virtio', 'serial']).default('virtio'),
  source: ChardevSource.default({ type: 'pty' }),
  port: z.number().int().min(0).optional(),
  alias: UserAlias.optional(),
});

/** A host-guest channel: the QEMU guest agent, SPICE's agent, or a named virtio port. */
export const ChannelSpec = z.object({
  kind: z.literal('channel'),
  /** org.qemu.guest_agent.0, com.redhat.spice.0, or any virtio port name. */
  name: z.string().min(1),
  source: ChardevSource.default({ type: 'unix', mode: 'bind' }),
  alias: UserAlias.optional(),
});

export const SoundSpec = z.object({
  kind: z.literal('sound'),
  model: z.enum(['ich9', 'ich6', 'ich7', 'ac97', 'es1370', 'sb16', 'usb']).default('ich9'),
  alias: UserAlias.optional(),
});

export const VideoSpec = z.object({
  kind: z.literal('video'),
  model: z.enum(['virtio', 'qxl', 'vga', 'bochs', 'ramfb', 'cirrus', 'none']).default('virtio'),
  heads: z.number().int().min(1).max(16).optional(),
  accel3d: z.boolean().optional(),
  alias: UserAlias.optional(),
});

/** A display. No password: the app reaches displays through its own tunnel, not by secret. */
export const GraphicsSpec = z.object({
  kind: z.literal('graphics'),
  type: z.enum(['vnc', 'spice']),
  /** Only the host itself by default; an address to listen on; or a UNIX socket only. */
  listen: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('address'), address: z.string().min(1).default('127.0.0.1') }),
      z.object({ type: z.literal('socket') }),
    ])
    .default({ type: 'address', address: '127.0.0.1' }),
  port: z.number().int().min(5900).max(65535).optional(),
  keymap: z.string().min(1).optional(),
});

export const TpmSpec = z.object({
  kind: z.literal('tpm'),
  model: z.enum(['tpm-crb', 'tpm-tis', 'tpm-spapr']).default('tpm-crb'),
  backend: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('emulator'), version: z.enum(['2.0', '1.2']).default('2.0') }),
      z.object({
        type: z.literal('passthrough'),
        path: z.string().startsWith('/').default('/dev/tpm0'),
      }),
    ])
    .default({ type: 'emulator', version: '2.0' }),
  alias: UserAlias.optional(),
});

export const VsockSpec = z.object({
  kind: z.literal('vsock'),
  /** The guest's context id; left out, libvirt picks a free one. 0 to 2 are reserved. */
  cid: z.number().int().min(3, 'CIDs 0 to 2 are reserved').max(0xfffffffe).optional(),
  alias: UserAlias.optional(),
});

/** A USB device redirected from the SPICE client, or from a usbredir server over TCP. */
export const RedirdevSpec = z.object({
  kind: z.literal('redirdev'),
  source: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('spicevmc') }),
      z.object({
        type: z.literal('tcp'),
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535),
      }),
    ])
    .default({ type: 'spicevmc' }),
  bootOrder: z.number().int().min(1).optional(),
  alias: UserAlias.optional(),
});

/** A smartcard reader: the host's own reader, or the SPICE client's card passed through. */
export const SmartcardSpec = z.object({
  kind: z.literal('smartcard'),
  mode: z.enum(['host', 'passthrough']).default('passthrough'),
  alias: UserAlias.optional(),
});

/** Memory to plug in: a DIMM, or a virtio-mem device the guest can grow into. */
export const MemorySpec = z.object({
  kind: z.literal('memory'),
  model: z.enum(['dimm', 'virtio-mem']).default('dimm'),
  sizeMiB: z.number().int().min(1),
  node: z.number().int().min(0).optional(),
  blockMiB: z.number().int().min(2).default(2),
  requestedMiB: z.number().int().min(0).optional(),
  alias: UserAlias.optional(),
});

/** Every device spec but the disk's, for unions that carry their own kind of disk. */
export const NON_DISK_SPECS = [
  NicSpec,
  HostdevSpec,
  ControllerSpec,
  FilesystemSpec,
  RngSpec,
  WatchdogSpec,
  InputSpec,
  SerialSpec,
  ConsoleSpec,
  ChannelSpec,
  SoundSpec,
  VideoSpec,
  GraphicsSpec,
  TpmSpec,
  VsockSpec,
  RedirdevSpec,
  SmartcardSpec,
  MemorySpec,
] as const;

/** Any device a user can add, for one `buildDevice` entry point. */
export const DeviceSpec = z.discriminatedUnion('kind', [DiskSpec, ...NON_DISK_SPECS]);
export type DeviceSpec = z.infer<typeof DeviceSpec>;
export type DeviceSpecInput = z.input<typeof DeviceSpec>;
export type SpecOf<K extends DeviceSpec['kind']> = Extract<DeviceSpec, { kind: K }>;

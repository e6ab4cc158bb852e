import { z } from 'zod';

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
 * Matches for the devices named by their own identity rather than by a target or a MAC,
 * modelled on libvirt's per-type lookups (virDomainRNGFind, virDomainInputDefFind, ...).
 * Every field is optional: the fields given must all agree, and together they must name
 * exactly one device.
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
      z.object({ mdev: z.uuid() }),
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

/** A disk to add. Missing targets are picked (vdb, sdc, ...); missing buses follow the device. */
export const DiskSpec = z.object({
  kind: z.literal('disk'),
  device: z.enum(['disk', 'cdrom', 'floppy']).default('disk'),
  source: DiskSource,
  /** The image format (raw, qcow2, ...); libvirt assumes raw when it is left out. */
  format: z.string().min(1).optional(),
  bus: DiskBus.optional(),
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
});
export type DeviceSummary = z.infer<typeof DeviceSummary>;

/** A host PCI or USB device to pass through to the guest. */
export const HostdevSpec = z.object({
  kind: z.literal('hostdev'),
  source: z.union([
    z.object({ pci: PciAddress }),
    z.object({ usbVendor: z.string(), usbProduct: z.string() }),
  ]),
  /** libvirt detaches the device from its host driver and gives it back afterwards. */
  managed: z.boolean().default(true),
  alias: UserAlias.optional(),
});
export type HostdevSpec = z.infer<typeof HostdevSpec>;


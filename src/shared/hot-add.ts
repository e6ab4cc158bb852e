import type { DeviceSpec, SpecOf } from './devices';

/*
 * Which new devices QEMU (through libvirt 9) can plug into a running VM, by spec alone, so
 * the device service refuses early and the Add hardware dialog says so before anything is
 * sent. Checked on libvirt 9.0 with QEMU 7.2 (an i440fx guest under TCG): the refused ones
 * below were refused by the host, the others went in. What depends on the VM itself (a
 * virtio-serial controller for channels, NUMA for memory, shared memory for virtiofs, the
 * bus a CD-ROM gets by default) is checked against its definition in
 * src/domain/devices/hot-add-rules.ts.
 */

/** What the user can do instead; a reboot is not enough, QEMU must start again. */
export const NEXT_START =
  'Add it to the saved definition instead; it appears after the next full shutdown and start of the VM.';

/** Disk buses whose devices QEMU cannot plug in: IDE and SATA ports and the floppy controller. */
export const FIXED_DISK_BUSES: ReadonlySet<string> = new Set(['ide', 'sata', 'fdc']);

type Rule<K extends DeviceSpec['kind']> = (spec: SpecOf<K>) => string | undefined;

const CAN = (): undefined => undefined;
/** A kind libvirt has no live attach for at all, under the name people use for it. */
const NEVER = (what: string) => (): string =>
  `${what} cannot be added to a running VM. ${NEXT_START}`;

/** Every kind of device a user can add, and when a running VM cannot take it. */
const RULES: { [K in DeviceSpec['kind']]: Rule<K> } = {
  disk: (spec) => {
    if (spec.device === 'floppy')
      return `A floppy drive cannot be added to a running VM. ${NEXT_START}`;
    // libvirt 9 builds the new drive's block node with no file name, on every bus, and
    // QEMU 7.2 refuses it ("argument key 'filename' must not have null value").
    if (spec.device === 'cdrom' && spec.source.type === 'none') return EMPTY_CDROM;
    // Without a bus, a CD-ROM gets the machine's; the domain model checks that one.
    return spec.bus !== undefined && FIXED_DISK_BUSES.has(spec.bus)
      ? fixedBusProblem(spec.bus)
      : undefined;
  },
  interface: CAN,
  hostdev: CAN,
  // Only a SCSI controller is a plain PCI device libvirt knows how to plug in.
  controller: (spec) =>
    spec.type === 'scsi'
      ? undefined
      : `A ${spec.type} controller cannot be added to a running VM (only SCSI controllers can). ${NEXT_START}`,
  filesystem: (spec) =>
    spec.driver === 'virtiofs'
      ? undefined
      : `A 9p shared folder cannot be added to a running VM (only virtiofs can). ${NEXT_START}`,
  rng: CAN,
  // The other watchdogs sit on the ISA bus or are part of the chipset.
  watchdog: (spec) =>
    spec.model === 'i6300esb'
      ? undefined
      : `A ${spec.model} watchdog cannot be added to a running VM (only i6300esb can). ${NEXT_START}`,
  // USB and virtio input plug in; the spec offers no PS/2.
  input: CAN,
  // A serial port without a target type is an ISA port on x86, and ISA has no hotplug.
  serial: () =>
    `A serial port cannot be added to a running VM: on a PC it sits on the ISA bus, which has no hotplug. ${NEXT_START}`,
  console: (spec) =>
    spec.target === 'serial'
      ? `A serial console cannot be added to a running VM. Add a virtio console, or ${lower(NEXT_START)}`
      : undefined,
  channel: CAN,
  sound: NEVER('A sound card'),
  video: NEVER('A video device'),
  graphics: NEVER('A display (graphics)'),
  tpm: NEVER('A TPM'),
  vsock: CAN,
  redirdev: CAN,
  smartcard: NEVER('A smartcard reader'),
  memory: CAN,
};

/** Why a device of this spec cannot be added to a running VM; undefined when it can. */
export function hotAddProblem(spec: DeviceSpec): string | undefined {
  return (RULES[spec.kind] as Rule<typeof spec.kind>)(spec);
}

const EMPTY_CDROM = `An empty CD-ROM drive cannot be added to a running VM: the host cannot plug in a drive without media. Choose an image for it (you can eject it afterwards), or add the empty drive to the saved definition; it appears after the next full shutdown and start of the VM.`;

export function fixedBusProblem(bus: string): string {
  return `A drive on the ${bus.toUpperCase()} bus cannot be added to a running VM; use a virtio or SCSI bus for that. Or ${lower(NEXT_START)}`;
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

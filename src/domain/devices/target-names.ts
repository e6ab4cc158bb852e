import type { DiskBus } from '../../shared/devices';

/** The device-name prefix libvirt expects for a disk target on each bus. */
const PREFIX: Record<DiskBus, string> = {
  virtio: 'vd',
  scsi: 'sd',
  sata: 'sd',
  usb: 'sd',
  ide: 'hd',
  fdc: 'fd',
};

/** a, b, ..., z, aa, ab, ...: the suffix libvirt gives disk index `index` (0-based). */
export function diskSuffix(index: number): string {
  let suffix = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((i - 1) % 26)) + suffix;
  }
  return suffix;
}

/** The first free target name for `bus`, e.g. "vdc" when vda and vdb are taken. */
export function nextTargetName(bus: DiskBus, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let index = 0; ; index++) {
    const name = PREFIX[bus] + diskSuffix(index);
    if (!used.has(name)) return name;
  }
}

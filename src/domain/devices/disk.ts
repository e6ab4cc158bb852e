import { defineView } from '../model/view';
import { flag, int, onOff, str } from '../model/props';
import { bootable } from './device';

/** <disk>: a block device of the guest (disk, cdrom, floppy or lun). */
export class DiskDevice extends defineView({
  ...bootable,
  /** Where the data lives: file, block, network, volume, dir, nvme, vhostuser. */
  type: str('@type'),
  /** How the guest sees it: disk, cdrom, floppy, lun. */
  device: str('@device'),
  driverName: str('driver/@name'),
  format: str('driver/@type'),
  cache: str('driver/@cache'),
  /** native, threads or io_uring */
  io: str('driver/@io'),
  /** unmap or ignore: whether the guest's TRIM reaches the image. */
  discard: str('driver/@discard'),
  iothread: int('driver/@iothread'),
  /** mandatory, requisite or optional: what a missing source does at start. */
  startupPolicy: str('source/@startupPolicy'),
  sourceFile: str('source/@file'),
  sourceDev: str('source/@dev'),
  sourceDir: str('source/@dir'),
  sourcePool: str('source/@pool'),
  sourceVolume: str('source/@volume'),
  sourceProtocol: str('source/@protocol'),
  sourceName: str('source/@name'),
  targetDev: str('target/@dev'),
  targetBus: str('target/@bus'),
  readonly: flag('readonly'),
  shareable: flag('shareable'),
  serial: str('serial'),
  wwn: str('wwn'),
  transient: flag('transient'),
  removable: onOff('target/@removable'),
}) {
  /** A one-line description of the backing store, whatever its type. */
  get source(): string | undefined {
    if (this.sourcePool !== undefined) return `${this.sourcePool}/${this.sourceVolume ?? ''}`;
    if (this.sourceProtocol !== undefined)
      return `${this.sourceProtocol}://${this.sourceName ?? ''}`;
    return this.sourceFile ?? this.sourceDev ?? this.sourceDir;
  }

  /** libvirt's device type defaults to "disk" when the attribute is left out. */
  get deviceKind(): string {
    return this.device ?? 'disk';
  }
}

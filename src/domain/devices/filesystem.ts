import { defineView } from '../model/view';
import { flag, int, str } from '../model/props';
import { bootable } from './device';

/** <filesystem>: a host directory (or image) shared with the guest, e.g. over virtiofs. */
export class FilesystemDevice extends defineView({
  ...bootable,
  /** mount, template, file, block, ram, bind, volume */
  type: str('@type'),
  /** passthrough, mapped, squash (9p only) */
  accessMode: str('@accessmode'),
  /** path, handle, loop, nbd, ploop, virtiofs */
  driverType: str('driver/@type'),
  driverQueue: int('driver/@queue'),
  sourceDir: str('source/@dir'),
  sourceFile: str('source/@file'),
  sourceName: str('source/@name'),
  /** The mount tag the guest uses, or the directory inside a container. */
  targetDir: str('target/@dir'),
  readonly: flag('readonly'),
}) {
  /** What is shared: a directory, file or named source. */
  get source(): string | undefined {
    return this.sourceDir ?? this.sourceFile ?? this.sourceName;
  }
}

/** <lease>: a lock manager lease the guest holds while it runs (it has no alias or address). */
export class LeaseDevice extends defineView({
  lockspace: str('lockspace'),
  key: str('key'),
  targetPath: str('target/@path'),
  targetOffset: int('target/@offset'),
}) {}

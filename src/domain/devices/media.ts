import type { DiskSource } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { DomainXml } from '../domain-xml';
import { serializeElement } from '../xml/serialize';
import { setDiskSource } from './build';
import { DiskDevice } from './disk';
import { findDevice } from './find';

/**
 * The device XML for virDomainUpdateDeviceFlags that inserts, swaps or ejects the media
 * of a CD-ROM or floppy drive ("none" ejects). This is how removable media changes while a
 * VM runs: the drive itself cannot be unplugged.
 */
export function prepareMediaChange(
  definition: DomainXml,
  target: string,
  source: DiskSource,
): string {
  const found = findDevice(definition, { kind: 'disk', target });
  if (
    !(found instanceof DiskDevice) ||
    (found.deviceKind !== 'cdrom' && found.deviceKind !== 'floppy')
  ) {
    throw new AppError({
      code: 'operation-invalid',
      message: `${target} is a ${found instanceof DiskDevice ? found.deviceKind : found.element.name}, not a CD-ROM or floppy drive, so it has no media to change. Attach a new disk instead.`,
    });
  }
  // Work on a copy: the definition stays as the host reported it until the host confirms.
  const drive = new DiskDevice(found.element.clone());
  setDiskSource(drive, source);
  return serializeElement(drive.element);
}

import type { Driver, VolumeAtPath } from '../../drivers/driver';
import type { DeviceSpec, DiskSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';

/**
 * A disk image's format, as the host knows it. libvirt takes a disk without a format as
 * raw, so a qcow2 image attached that way shows the guest its qcow2 header as data, and the
 * guest's first write ruins the image. Like virt-manager, the format is asked of the host:
 * the storage volume at the path (virStorageVolLookupByPath) and its XML's target/format.
 */

/** What the host says about a disk's format, for the dialog and for prep. */
export interface DiskFormatCheck {
  /** The spec with the host's format filled in when the user chose none. */
  spec: DeviceSpec;
  /** What the host reports, or that the format could not be checked. */
  note?: string;
  /** The chosen format contradicts the host's, and what to do. */
  problem?: string;
}

/** A dir pool reports an ISO image as "iso"; to QEMU it is a raw image. */
function diskFormatOf(volume: VolumeAtPath): string | undefined {
  return volume.format === 'iso' ? 'raw' : volume.format;
}

export async function checkDiskFormat(driver: Driver, spec: DeviceSpec): Promise<DiskFormatCheck> {
  if (spec.kind !== 'disk' || (spec.source.type !== 'file' && spec.source.type !== 'block')) {
    return { spec };
  }
  const { path } = spec.source;
  let volume: VolumeAtPath | undefined;
  try {
    volume = await driver.lookupVolumeByPath(path);
  } catch {
    // A host that cannot look volumes up by path (no storage driver): as if no pool held it.
    volume = undefined;
  }
  const reported = volume && diskFormatOf(volume);
  if (!volume || reported === undefined) {
    const chosen = spec.format ?? 'raw';
    return {
      spec,
      note: `${path} is no volume of a storage pool on this host, so its format could not be checked; it is attached as ${chosen}. Make sure that is the image's format.`,
    };
  }
  const where = `volume "${volume.name}" in storage pool "${volume.pool}"`;
  if (spec.format === undefined) {
    return {
      spec: { ...spec, format: reported } satisfies DiskSpec,
      note: `The host reports ${path} (${where}) as a ${reported} image; it is attached as ${reported}.`,
    };
  }
  if (spec.format === reported) {
    return { spec, note: `The host reports ${path} (${where}) as a ${reported} image.` };
  }
  const harm =
    spec.format === 'raw'
      ? `As raw, the guest would see the ${reported} image's own metadata as its data, and its first write would ruin the image.`
      : `QEMU would misread the image as ${spec.format}.`;
  return {
    spec,
    problem: `The host reports ${path} (${where}) as a ${reported} image, not ${spec.format}. ${harm} Choose ${reported} as the image format, or leave the format on automatic to follow the host.`,
  };
}

/** The spec to send: the host's format filled in, or a refusal before anything is sent. */
export async function withHostFormat(driver: Driver, spec: DeviceSpec): Promise<DeviceSpec> {
  const check = await checkDiskFormat(driver, spec);
  if (check.problem !== undefined) {
    throw new AppError({
      code: 'validation',
      message: check.problem,
      issues: [{ path: 'format', message: check.problem }],
    });
  }
  return check.spec;
}

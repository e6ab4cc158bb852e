import { z } from 'zod';
import { DiskSource, DiskSpec, NON_DISK_SPECS } from './devices';
import { VolumeSpec } from './storage';

/**
 * What the Add hardware dialog asks for. It is a DeviceSpec, except that a disk may sit on
 * a volume that does not exist yet: the host creates the volume first, then attaches the
 * disk by pool and volume name. The domain model only ever builds DeviceSpecs; main turns
 * a request into one (see src/main/services/new-volume.ts).
 */

/** A new volume, created in `pool` just before the disk that uses it is attached. */
export const NewVolumeSource = z.object({
  type: z.literal('new-volume'),
  pool: z.string().min(1, 'choose the storage pool for the new volume'),
  volume: VolumeSpec,
});
export type NewVolumeSource = z.infer<typeof NewVolumeSource>;

/** A disk to add: on an existing source, or on a new volume (its format is the volume's). */
export const DiskRequest = DiskSpec.extend({
  source: z.discriminatedUnion('type', [...DiskSource.options, NewVolumeSource]),
});
export type DiskRequest = z.infer<typeof DiskRequest>;

export const DeviceRequest = z.discriminatedUnion('kind', [DiskRequest, ...NON_DISK_SPECS]);
export type DeviceRequest = z.infer<typeof DeviceRequest>;
export type DeviceRequestInput = z.input<typeof DeviceRequest>;

/** A request whose disk asks for a new volume. */
export type NewVolumeRequest = DiskRequest & { source: NewVolumeSource };

export function asksForNewVolume(request: DeviceRequest): request is NewVolumeRequest {
  return request.kind === 'disk' && request.source.type === 'new-volume';
}

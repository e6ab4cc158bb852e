import { buildVolume } from '../../domain/storage';
import { serializeElement } from '../../domain/xml/serialize';
import type { CreatedVolume, Driver } from '../../drivers/driver';
import { DriverError } from '../../drivers/driver';
import { asksForNewVolume } from '../../shared/device-request';
import type { DeviceRequest, NewVolumeRequest } from '../../shared/device-request';
import type { DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { VolumeSpec } from '../../shared/storage';
import { toErrorShape } from '../ipc/error-mapping';

/**
 * A disk on a new volume, in the device service's prep and act steps. The volume's name is
 * chosen by the user, so the disk element that will name it can be built (and checked)
 * before the volume exists; the volume is created only once everything else is known to
 * be in order, and deleted again when the attach fails.
 */

/** The volume to create, and where. */
export interface VolumeToCreate {
  pool: string;
  volume: VolumeSpec;
}

/**
 * The DeviceSpec the domain model builds for a request, and the volume to create first,
 * if any. A new volume's disk names it by pool and volume, in the volume's format.
 */
export function resolveRequest(request: DeviceRequest): {
  spec: DeviceSpec;
  create?: VolumeToCreate;
} {
  // Only a disk's source tells a request from a spec, so any other request is one.
  if (!asksForNewVolume(request)) return { spec: request as DeviceSpec };
  checkNewVolume(request);
  const { pool, volume } = request.source;
  return {
    spec: {
      ...request,
      format: volume.format,
      source: { type: 'volume', pool, volume: volume.name },
    },
    create: { pool, volume },
  };
}

function checkNewVolume(request: NewVolumeRequest): void {
  const { volume } = request.source;
  if (!(volume.capacityBytes > 0)) {
    throw invalid(
      'source.volume.capacityBytes',
      'A new volume needs a size above zero. Enter its size.',
    );
  }
  if (request.device === 'cdrom') {
    throw invalid(
      'device',
      'A new, empty volume cannot be a CD-ROM drive. Choose an existing image for the drive, or make the device a disk.',
    );
  }
  if (request.format !== undefined && request.format !== volume.format) {
    throw invalid(
      'format',
      `The disk's format (${request.format}) differs from the new volume's (${volume.format}). Leave the disk format out: it follows the volume.`,
    );
  }
}

/**
 * The checks the host would make, made first so that they come with what to do: the pool
 * exists and is active, and the name is free in it.
 */
export async function checkPool(driver: Driver, { pool, volume }: VolumeToCreate): Promise<void> {
  const { pools } = await driver.listHostResources();
  const found = pools.find((candidate) => candidate.name === pool);
  if (!found) {
    const names = pools.map((candidate) => `"${candidate.name}"`).join(', ');
    throw new AppError({
      code: 'not-found',
      message: `This host has no storage pool "${pool}". ${names === '' ? 'Define a storage pool on the host first.' : `Choose one of its pools: ${names}.`}`,
    });
  }
  if (!found.active) {
    throw new AppError({
      code: 'operation-invalid',
      message: `Storage pool "${pool}" is not active. Start it on the host, or choose an active pool.`,
    });
  }
  if (found.volumes.some((existing) => existing.name === volume.name)) {
    throw invalid(
      'source.volume.name',
      `Storage pool "${pool}" already has a volume named "${volume.name}". Choose another name, or add the existing volume instead.`,
    );
  }
}

/** Creates the volume; a refusal says that nothing was added, with the host's reason. */
export async function createVolume(
  driver: Driver,
  { pool, volume }: VolumeToCreate,
): Promise<CreatedVolume> {
  const xml = serializeElement(buildVolume(volume));
  try {
    return await driver.createVolume(pool, xml);
  } catch (error) {
    const shape = toErrorShape(error);
    throw new AppError({
      ...shape,
      message: `The host could not create volume "${volume.name}" in storage pool "${pool}", so nothing was added: ${shape.message}`,
    });
  }
}

/**
 * Runs the attach; when it fails, deletes the volume made for it, so nothing is left
 * half-made, and rethrows the attach's own error with a word on the volume.
 */
export async function attachOrDelete<T>(
  driver: Driver,
  pool: string,
  created: CreatedVolume,
  attach: () => Promise<T>,
): Promise<T> {
  try {
    return await attach();
  } catch (error) {
    try {
      await driver.deleteVolume(pool, created.name);
    } catch (cleanup) {
      const reason = cleanup instanceof Error ? cleanup.message : String(cleanup);
      throw withNote(
        error,
        `The new volume "${created.name}" in storage pool "${pool}" could not be deleted again (${reason}); delete it on the host.`,
      );
    }
    throw withNote(error, `The new volume "${created.name}" was deleted again.`);
  }
}

function withNote(error: unknown, note: string): unknown {
  if (error instanceof AppError) {
    return new AppError({ ...error.toShape(), message: sentences(error.message, note) });
  }
  if (error instanceof DriverError) {
    return new DriverError(sentences(error.message, note), error.code, error.domain);
  }
  return error;
}

/** libvirt's messages often end without a full stop; the note is a sentence of its own. */
function sentences(message: string, note: string): string {
  return `${/[.!?]$/.test(message) ? message : `${message}.`} ${note}`;
}

function invalid(path: string, message: string): AppError {
  return new AppError({ code: 'validation', message, issues: [{ path, message }] });
}

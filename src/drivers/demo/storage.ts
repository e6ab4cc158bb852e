import { VolumeXml } from '../../domain/storage';
import type { CreatedVolume, HostResources, VolumeAtPath } from '../driver';
import { demoErrors } from './errors';

const GiB = 2 ** 30;

interface DemoVolume {
  name: string;
  path: string;
  capacityBytes: number;
  /** target/format, as libvirt reports it: qcow2, raw, iso. */
  format: string;
}

interface DemoPool {
  name: string;
  active: boolean;
  targetPath: string;
  capacityBytes: number;
  volumes: Map<string, DemoVolume>;
}

/** The images the demo host's default pool starts with, and their sizes. */
const SEED_IMAGES: readonly [string, number][] = [
  ['data-disk.qcow2', 20 * GiB],
  ['scratch.raw', 8 * GiB],
  ['debian-12-netinst.iso', 0.6 * GiB],
];

/**
 * The demo host's storage pools: a 200 GiB default pool with a few images and a stopped
 * backup pool. Volumes are created and deleted with the checks and errors of libvirt's
 * test driver: an unknown or inactive pool, a taken name, and a volume larger than the
 * free space (it counts the whole capacity, as the test driver does without an allocation).
 */
export class DemoStorage {
  readonly #pools = new Map<string, DemoPool>();

  constructor() {
    this.#add('default', true, '/var/lib/libvirt/images', 200 * GiB, SEED_IMAGES);
    this.#add('backup', false, '/srv/backup', 2048 * GiB, []);
  }

  /** The pools as listHostResources reports them: volumes of active pools only. */
  pools(): HostResources['pools'] {
    return Array.from(this.#pools.values(), (pool) => ({
      name: pool.name,
      active: pool.active,
      volumes: pool.active
        ? Array.from(pool.volumes.values(), ({ name, path }) => ({ name, path }))
        : [],
    }));
  }

  createVolume(poolName: string, xml: string): CreatedVolume {
    const pool = this.#activePool(poolName);
    const spec = parseVolume(xml);
    const name = spec.name;
    const capacityBytes = spec.capacityBytes;
    if (name === undefined || name === '') throw demoErrors.badVolumeXml('missing volume name');
    if (capacityBytes === undefined) throw demoErrors.badVolumeXml('missing capacity element');
    if (pool.volumes.has(name)) throw demoErrors.volumeExists();
    const needed = spec.allocationBytes ?? capacityBytes;
    if (needed > this.#available(pool)) throw demoErrors.poolFull(name);
    const format = spec.format ?? 'raw';
    const volume = { name, path: `${pool.targetPath}/${name}`, capacityBytes, format };
    pool.volumes.set(name, volume);
    return { name, path: volume.path };
  }

  /** The volume at a path, in any active pool, as virStorageVolLookupByPath finds it. */
  volumeAtPath(path: string): VolumeAtPath | undefined {
    for (const pool of this.#pools.values()) {
      if (!pool.active) continue;
      for (const volume of pool.volumes.values()) {
        if (volume.path === path)
          return { pool: pool.name, name: volume.name, format: volume.format };
      }
    }
    return undefined;
  }

  deleteVolume(poolName: string, name: string): void {
    const pool = this.#activePool(poolName);
    if (!pool.volumes.delete(name)) throw demoErrors.noVolume(name);
  }

  #activePool(name: string): DemoPool {
    const pool = this.#pools.get(name);
    if (pool === undefined) throw demoErrors.noPool(name);
    if (!pool.active) throw demoErrors.poolInactive(name);
    return pool;
  }

  #available(pool: DemoPool): number {
    let used = 0;
    for (const volume of pool.volumes.values()) used += volume.capacityBytes;
    return pool.capacityBytes - used;
  }

  #add(
    name: string,
    active: boolean,
    targetPath: string,
    capacityBytes: number,
    images: readonly [string, number][],
  ): void {
    const volumes = new Map<string, DemoVolume>();
    for (const [image, size] of images) {
      volumes.set(image, {
        name: image,
        path: `${targetPath}/${image}`,
        capacityBytes: size,
        format: formatOf(image),
      });
    }
    this.#pools.set(name, { name, active, targetPath, capacityBytes, volumes });
  }
}

/** What libvirt's dir pool probes a seed image as: by its contents, here by its name. */
function formatOf(image: string): string {
  if (image.endsWith('.qcow2')) return 'qcow2';
  return image.endsWith('.iso') ? 'iso' : 'raw';
}

/** The demo host fails like a host: with a DriverError, whatever was wrong with the XML. */
function parseVolume(xml: string): VolumeXml {
  try {
    return VolumeXml.parse(xml);
  } catch (error) {
    throw demoErrors.badVolumeXml(error instanceof Error ? error.message : String(error));
  }
}

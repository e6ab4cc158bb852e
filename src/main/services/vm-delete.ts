import { DiskDevice } from '../../domain/devices/disk';
import { DomainXml } from '../../domain/domain-xml';
import type { Driver, HostResources } from '../../drivers/driver';
import { AppError } from '../../shared/errors';

interface OwnedVolume {
  pool: string;
  name: string;
}

/**
 * Removes a VM's definition and, when asked, the pool volumes it owns: its disks (not
 * CD-ROMs, which hold shared installer images) that no other VM of the host uses. The
 * VM must be shut off, so no guest is writing to the volumes being deleted.
 */
export async function deleteVm(
  driver: Driver,
  uuid: string,
  deleteVolumes: boolean,
): Promise<{ deletedVolumes: string[] }> {
  const record = await driver.lookupDomain(uuid);
  if (record.state !== 'shutoff') {
    throw new AppError({
      code: 'operation-invalid',
      message: `"${record.name}" is ${record.state === 'paused' ? 'paused' : 'running'}. Shut it down (or force it off) first, then delete it.`,
    });
  }
  const owned = deleteVolumes ? await ownedVolumes(driver, uuid) : [];
  await driver.undefineDomain(uuid);
  const deleted: string[] = [];
  const failed: string[] = [];
  for (const volume of owned) {
    try {
      await driver.deleteVolume(volume.pool, volume.name);
      deleted.push(`${volume.pool}/${volume.name}`);
    } catch (error) {
      failed.push(
        `${volume.pool}/${volume.name} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  if (failed.length > 0) {
    throw new AppError({
      code: 'libvirt',
      message: `"${record.name}" was deleted, but these volumes could not be: ${failed.join(', ')}. Delete them on the host.`,
    });
  }
  return { deletedVolumes: deleted };
}

async function ownedVolumes(driver: Driver, uuid: string): Promise<OwnedVolume[]> {
  const [resources, domains] = await Promise.all([
    driver.listHostResources(),
    driver.listDomains(),
  ]);
  const mine = volumesOf(await driver.getDomainXml(uuid, { inactive: true }), resources);
  const others = await Promise.all(
    domains
      .filter((d) => d.uuid !== uuid)
      .map(async (d) =>
        volumesOf(await driver.getDomainXml(d.uuid, { inactive: true }), resources, true),
      ),
  );
  const shared = new Set(others.flat().map((v) => `${v.pool}/${v.name}`));
  return mine.filter((v) => !shared.has(`${v.pool}/${v.name}`));
}

/** The pool volumes a definition's disks sit on, by pool and name or by path. */
function volumesOf(xml: string, resources: HostResources, withCdroms = false): OwnedVolume[] {
  const disks = DomainXml.parse(xml)
    .devicesOf(DiskDevice)
    .filter((disk) => withCdroms || disk.device === undefined || disk.device === 'disk');
  return disks.flatMap((disk): OwnedVolume[] => {
    if (disk.sourcePool !== undefined && disk.sourceVolume !== undefined) {
      return [{ pool: disk.sourcePool, name: disk.sourceVolume }];
    }
    const path = disk.sourceFile ?? disk.sourceDev;
    for (const pool of resources.pools) {
      const volume = pool.volumes.find((v) => v.path === path);
      if (volume) return [{ pool: pool.name, name: volume.name }];
    }
    return [];
  });
}

import { DomainXml } from '../../domain/domain-xml';
import { DriverError, type Driver } from '../../drivers/driver';
import { VirErr } from '../../shared/libvirt-errors';
import { stillPresent } from './device-definitions';
import type { UnfinishedRemovals } from './device-pending';

/**
 * Brings unfinished removals up to date with the host after a reconnect. Events sent while
 * the connection was down are lost for good, so the live definition decides: a device that
 * is gone was removed, a VM that stopped or vanished has nothing left to wait for, and a
 * device that is still there stays pending (or failed) as it was. Returns the VMs whose
 * entries changed.
 */
export async function recheckRemovals(driver: Driver, removals: UnfinishedRemovals): Promise<string[]> {
  const changed: string[] = [];
  for (const uuid of removals.domains()) {
    try {
      if (await updateDomain(driver, removals, uuid)) changed.push(uuid);
    } catch {
      // Unreadable now (the connection dropped again): keep the entries; the next reconnect
      // checks them again.
    }
  }
  return changed;
}

async function updateDomain(driver: Driver, removals: UnfinishedRemovals, uuid: string): Promise<boolean> {
  let liveXml: string | undefined;
  try {
    const record = await driver.lookupDomain(uuid);
    liveXml = record.id === -1 ? undefined : await driver.getDomainXml(uuid);
  } catch (error) {
    if (!(error instanceof DriverError && error.code === VirErr.NO_DOMAIN)) throw error;
  }
  if (liveXml === undefined) return removals.clear(uuid);
  const live = DomainXml.parse(liveXml);
  let changed = false;
  for (const entry of removals.of(uuid)) {
    if (stillPresent(live, entry.match, entry.alias)) continue;
    removals.delete(uuid, { match: entry.match, alias: entry.alias });
    changed = true;
  }
  return changed;
}

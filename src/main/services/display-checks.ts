import { explainVncLookup, findVncDisplay } from '../../domain/vnc-display';
import type { Driver, DomainRecord } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import { checkRunning } from './console-checks';

/**
 * What is checked before a display is opened, so the window can say what to do: run the
 * VM, or add a VNC display (Add hardware → Display).
 */
export async function checkDisplayTarget(driver: Driver, uuid: string): Promise<DomainRecord> {
  const record = await checkRunning(driver, uuid, 'its display exists only while it runs');
  const lookup = findVncDisplay(await driver.getDomainXml(uuid));
  if (lookup.status === 'none') {
    throw new AppError({ code: 'not-found', message: explainVncLookup(lookup, record.name) });
  }
  // A display without a port or listener is the driver's to explain (the demo host's
  // VMs have no port, as they have no display at all).
  return record;
}

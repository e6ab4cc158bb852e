import type { DomainXml } from '../../domain/domain-xml';
import { devicesMatching } from '../../domain/devices/find';
import { summarizeDevices } from '../../domain/devices/summary';
import type { DeviceMatch } from '../../shared/devices';
import type { DeviceListEntry } from '../../shared/ipc/contract';
import type { UnfinishedRemovals } from './device-pending';

/**
 * A VM's device list: the running VM's devices (or the definition's when it is shut off),
 * then devices that exist in the definition only (they arrive at the next boot), each with
 * where it exists and any unfinished removal.
 */
export function deviceList(
  uuid: string,
  live: DomainXml | undefined,
  config: DomainXml | undefined,
  removals: UnfinishedRemovals,
): DeviceListEntry[] {
  const present = (domain: DomainXml | undefined, match: DeviceMatch | undefined): boolean =>
    domain !== undefined && match !== undefined && devicesMatching(domain, match).length > 0;
  const primary = live ?? config;
  if (!primary) return [];
  const rows = summarizeDevices(primary).map((summary) => ({
    ...summary,
    inLive: live !== undefined,
    inConfig: live === undefined || present(config, summary.match),
  }));
  const configOnly =
    live && config
      ? summarizeDevices(config)
          .filter((summary) => summary.match !== undefined && !present(live, summary.match))
          .map((summary) => ({ ...summary, inLive: false, inConfig: true }))
      : [];
  return [...rows, ...configOnly].map((row) => {
    const removal = removals.find(uuid, row);
    if (!removal) return row;
    return removal.state === 'pending'
      ? { ...row, pending: 'removal' as const }
      : { ...row, ...(removal.error === undefined ? {} : { lastError: removal.error }) };
  });
}

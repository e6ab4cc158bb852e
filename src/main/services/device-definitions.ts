import { describeDevice } from '../../domain/devices/describe';
import { devicesMatching } from '../../domain/devices/find';
import { aliasOf } from '../../domain/devices/registry';
import type { Device } from '../../domain/devices/registry';
import { DomainXml } from '../../domain/domain-xml';
import { serializeElement } from '../../domain/xml/serialize';
import type { DomainRecord, Driver } from '../../drivers/driver';
import type { DeviceMatch } from '../../shared/devices';

/** A VM as a device change sees it: its state and the definitions a change can touch. */
export interface Definitions {
  record: DomainRecord;
  /** The VM runs (or is paused): it has a live definition. */
  active: boolean;
  live: DomainXml | undefined;
  /** The persistent definition; undefined for a transient VM. */
  config: DomainXml | undefined;
  /** The live definition when there is one, else the persistent one. */
  primary: DomainXml;
}

export async function readDefinitions(driver: Driver, uuid: string): Promise<Definitions> {
  const record = await driver.lookupDomain(uuid);
  const active = record.id !== -1;
  const [liveXml, configXml] = await Promise.all([
    active ? driver.getDomainXml(uuid) : undefined,
    record.persistent ? driver.getDomainXml(uuid, { inactive: true }) : undefined,
  ]);
  const live = liveXml === undefined ? undefined : DomainXml.parse(liveXml);
  const config = configXml === undefined ? undefined : DomainXml.parse(configXml);
  const primary = live ?? config;
  // A domain is either running (live XML) or persistent (inactive XML); never neither.
  if (!primary) throw new Error(`The host reported ${record.name} neither running nor defined.`);
  return { record, active, live, config, primary };
}

/** Whether the device a removal waits for is still in the live definition. */
export function stillPresent(
  live: DomainXml,
  match: DeviceMatch,
  alias: string | undefined,
): boolean {
  if (alias !== undefined) return live.devices.some((device) => aliasOf(device) === alias);
  return devicesMatching(live, match).length > 0;
}

/** What tells the live devices apart before an attach: aliases, else the whole element. */
function deviceKey(device: Device): string {
  return aliasOf(device) ?? serializeElement(device.element);
}

export function liveDeviceKeys(live: DomainXml): Set<string> {
  return new Set(live.devices.map(deviceKey));
}

/**
 * The device an attach added to the live definition: the one with the alias DEVICE_ADDED
 * named, or else the one `elementName` device that was not there before.
 */
export function findAddedDevice(
  live: DomainXml,
  before: ReadonlySet<string>,
  elementName: string,
  alias: string | undefined,
): { device: Device; alias: string | undefined; title: string } | undefined {
  const device =
    alias === undefined
      ? live.devices.find((d) => d.element.name === elementName && !before.has(deviceKey(d)))
      : live.devices.find((d) => aliasOf(d) === alias);
  return device && { device, alias: aliasOf(device), title: describeDevice(device) };
}

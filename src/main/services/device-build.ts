import { buildDevice } from '../../domain/devices/build-device';
import { DiskDevice } from '../../domain/devices/disk';
import { DomainXml } from '../../domain/domain-xml';
import { serializeElement } from '../../domain/xml/serialize';
import type { DeviceSpec } from '../../shared/ipc/contract';

/**
 * The device XML for a spec. A new disk's target must be free in every definition the
 * change touches, so the disks of `alsoFree` (the other definition) count as taken too.
 */
export function buildDeviceXml(domain: DomainXml, spec: DeviceSpec, alsoFree?: DomainXml): string {
  return serializeElement(buildDevice(withDisksOf(domain, alsoFree), spec));
}

/** A copy of `domain` that also holds the disks of `other` whose targets it lacks. */
function withDisksOf(domain: DomainXml, other: DomainXml | undefined): DomainXml {
  if (!other) return domain;
  const copy = DomainXml.parse(domain.toXml());
  const taken = new Set(copy.devicesOf(DiskDevice).map((disk) => disk.targetDev));
  for (const disk of other.devicesOf(DiskDevice)) {
    if (!taken.has(disk.targetDev)) copy.addDevice(disk.element.clone());
  }
  return copy;
}

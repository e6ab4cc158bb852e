import { buildDevice } from '../../domain/devices/build-device';
import type { DomainXml } from '../../domain/domain-xml';
import { serializeElement } from '../../domain/xml/serialize';
import type { DeviceSpec } from '../../shared/devices';

/**
 * The device XML for a spec. A new disk's target must be free in every definition the
 * change touches, so the disks of `alsoFree` (the other definition) count as taken too.
 */
export function buildDeviceXml(domain: DomainXml, spec: DeviceSpec, alsoFree?: DomainXml): string {
  return serializeElement(buildDevice(domain, spec, alsoFree ? [alsoFree] : []));
}

import { describeDevice } from '../../domain/devices/describe';
import { InterfaceDevice } from '../../domain/devices/interface';
import { matchFor } from '../../domain/devices/summary';
import { DomainXml } from '../../domain/domain-xml';
import { parseXml } from '../../domain/xml/parse';
import type { DeviceMatch } from '../../shared/devices';
import { AppError } from '../../shared/errors';

/**
 * The match a device element (as `virsh detach-device` takes one) stands for: its alias or
 * its identity (disk target, MAC, host address, controller index, ...). An interface given
 * without a MAC names every interface with the same type and source, as libvirt matches it:
 * exactly one is required.
 */
export function matchFromDeviceXml(xml: string, definition: DomainXml): DeviceMatch {
  const element = parseXml(xml).root;
  // Alone in a scratch domain, the element's own identity is unique by construction.
  const scratch = DomainXml.parse('<domain><devices/></domain>');
  const device = scratch.addDevice(element);
  const match = matchFor(scratch, device);
  if (match) return match;
  if (device instanceof InterfaceDevice) return interfaceWithoutMac(device, definition);
  throw new AppError({
    code: 'validation',
    message: `The ${element.name} element does not say which device it is. Add the device's <alias name='...'/> (see the domain's live XML) and try again.`,
  });
}

function interfaceWithoutMac(wanted: InterfaceDevice, definition: DomainXml): DeviceMatch {
  const candidates = definition
    .devicesOf(InterfaceDevice)
    .filter(
      (nic) =>
        nic.type === wanted.type && (wanted.source === undefined || nic.source === wanted.source),
    );
  const [only, ...others] = candidates;
  if (!only) {
    throw new AppError({
      code: 'not-found',
      message: `${definition.name ?? 'The VM'} has no ${wanted.type ?? ''} network interface like this one. Refresh its device list: it may already be gone.`,
    });
  }
  if (others.length > 0) {
    throw new AppError({
      code: 'ambiguous',
      message: `${candidates.length} network interfaces match (${candidates.map(describeDevice).join(', ')}). Add the <mac address='...'/> of the one to remove and try again.`,
    });
  }
  const match = matchFor(definition, only);
  if (!match) {
    throw new AppError({
      code: 'ambiguous',
      message: `Nothing names ${describeDevice(only)} uniquely. Give it an alias and try again.`,
    });
  }
  return match;
}

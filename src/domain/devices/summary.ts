import type { DeviceMatch, DeviceSummary } from '../../shared/devices';
import type { DomainXml } from '../domain-xml';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { USER_ALIAS_PREFIX } from './device';
import { describeDevice } from './describe';
import { devicesMatching } from './find';
import { DiskDevice } from './disk';
import { HostdevDevice } from './hostdev';
import { identityMatchOf } from './identity';
import { InterfaceDevice } from './interface';
import { aliasOf } from './registry';
import type { Device } from './registry';
import { removalProblem } from './removal-rules';
import { busyProblem, hotUnplugProblem } from './unplug-rules';

/**
 * A match that names `device` and nothing else in `domain`, preferring one that holds in
 * both the live and the saved definition, so one match serves a live and a config detach:
 * a user alias (which libvirt keeps), else the device's identity (disk target, MAC, host
 * address, ...). libvirt's own aliases come last: they exist only while the VM runs.
 */
export function matchFor(domain: DomainXml, device: Device): DeviceMatch | undefined {
  const alias = aliasOf(device);
  const aliasMatch: DeviceMatch | undefined =
    alias === undefined ? undefined : { kind: 'alias', alias };
  const candidates = alias?.startsWith(USER_ALIAS_PREFIX)
    ? [aliasMatch]
    : [identityMatch(device), aliasMatch];
  return candidates.find((match) => {
    if (!match) return false;
    const found = devicesMatching(domain, match);
    return found.length === 1 && found[0]?.element === device.element;
  });
}

/**
 * The identifying fields of a device as a match: what `virsh detach-device` would need in
 * a partial device element. Disks go by target and interfaces by MAC when they have one,
 * else (like every type without a finder of its own) by their identity.
 */
export function identityMatch(device: Device): DeviceMatch | undefined {
  if (device instanceof DiskDevice && device.targetDev !== undefined) {
    return { kind: 'disk', target: device.targetDev };
  }
  if (device instanceof InterfaceDevice && device.mac !== undefined) {
    return { kind: 'interface', mac: device.mac };
  }
  if (device instanceof ControllerDevice) {
    const { type, index } = device;
    return type === undefined || index === undefined
      ? undefined
      : { kind: 'controller', type, index };
  }
  if (device instanceof HostdevDevice) return hostdevMatch(device);
  if (device instanceof ChardevDevice) {
    const { targetName, targetPort } = device;
    if (targetName !== undefined)
      return { kind: 'chardev', element: device.elementName, name: targetName };
    if (targetPort !== undefined)
      return { kind: 'chardev', element: device.elementName, port: targetPort };
    // No port yet (libvirt numbers ports at define time): the element alone, if it is the only one.
    return { kind: 'chardev', element: device.elementName };
  }
  return identityMatchOf(device.element);
}

function hostdevMatch(device: HostdevDevice): DeviceMatch | undefined {
  const pci = device.sourcePci;
  if (pci) return { kind: 'hostdev', source: { pci } };
  const { usbVendor, usbProduct } = device;
  if (usbVendor !== undefined && usbProduct !== undefined) {
    return { kind: 'hostdev', source: { usbVendor, usbProduct } };
  }
  const usb = device.sourceUsbAddress;
  if (usb) return { kind: 'hostdev', source: { usbBus: usb.bus, usbDevice: usb.device } };
  const scsi = device.sourceScsi;
  if (scsi) return { kind: 'hostdev', source: { scsi } };
  return device.mdevUuid === undefined
    ? undefined
    : { kind: 'hostdev', source: { mdev: device.mdevUuid } };
}

/** The device list of a VM, with what the UI needs to offer (or refuse) removal. */
export function summarizeDevices(domain: DomainXml): DeviceSummary[] {
  return domain.devices
    .filter((device) => !(device instanceof ChardevDevice && device.mirrorsSerialPort))
    .map((device) => {
      const alias = aliasOf(device);
      const match = matchFor(domain, device);
      const never = removalProblem(domain, device);
      const problem = never ?? hotUnplugProblem(domain, device) ?? busyProblem(domain, device);
      return {
        kind: device.element.name,
        title: describeDevice(device),
        ...(alias === undefined ? {} : { alias }),
        ...(match === undefined ? {} : { match }),
        ...(problem === undefined ? {} : { liveRemovalProblem: problem }),
        ...(never === undefined ? {} : { removalProblem: never }),
      };
    });
}

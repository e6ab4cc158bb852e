import type { DeviceMatch } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { DomainXml } from '../domain-xml';
import { serializeElement } from '../xml/serialize';
import { findDevice } from './find';
import { aliasOf } from './registry';
import type { Device } from './registry';
import { removalProblem } from './removal-rules';
import { busyProblem, hotUnplugProblem } from './unplug-rules';

/** What the service needs to detach a device: what to send and what event to wait for. */
export interface DetachPlan {
  device: Device;
  /** The exact element from the definition, for virDomainDetachDeviceFlags. */
  deviceXml: string;
  /**
   * For a live detach, the alias that the DEVICE_REMOVED (or DEVICE_REMOVAL_FAILED) event
   * will carry; the detach is finished only when that event arrives. Undefined for a
   * config detach, and for hypervisors that give devices no aliases (libvirt's test
   * driver): there, confirm by reading the live definition again.
   */
  awaitAlias: string | undefined;
}

/**
 * The "prep" step of a device detach, shared by every device type: find the one device
 * the match names in `definition` (the live XML for a live detach, the inactive XML for a
 * config detach), then check that it may go at all, and for a live detach that it may
 * leave a running VM. libvirt prepares live and config separately, and so should callers:
 * once per definition the scope touches.
 */
export function prepareDetach(
  definition: DomainXml,
  match: DeviceMatch,
  live: boolean,
): DetachPlan {
  const device = findDevice(definition, match);
  // Some devices go from neither definition: libvirt refuses, or puts them back.
  const never = removalProblem(definition, device);
  if (never) throw new AppError({ code: 'not-removable', message: never });
  // A device that can never leave a running VM is reported as such before "busy": clearing
  // a controller first would not help.
  const problem = live ? hotUnplugProblem(definition, device) : undefined;
  if (problem) throw new AppError({ code: 'not-hot-unpluggable', message: problem });
  const busy = busyProblem(definition, device);
  if (busy) throw new AppError({ code: 'busy', message: busy });
  return {
    device,
    deviceXml: serializeElement(device.element),
    awaitAlias: live ? aliasOf(device) : undefined,
  };
}

import { devicesMatching } from '../../domain/devices/find';
import { liveAttachProblem } from '../../domain/devices/hot-add-rules';
import type { DeviceScope } from '../../drivers/driver';
import type { DeviceMatch, DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { Definitions } from './device-definitions';

/**
 * A new device goes into the running VM and its definition, or the definition alone: when
 * the VM is off, or cannot take this device while it runs (a TPM, a SATA disk, ...).
 */
export function defaultAttachScope(
  { active, live, config }: Definitions,
  spec: DeviceSpec,
): DeviceScope {
  const plugsIn = active && live !== undefined && liveAttachProblem(live, spec) === undefined;
  // A transient VM has no definition to fall back on: try live, and prep says why not.
  return { live: plugsIn || config === undefined, config: config !== undefined };
}

/**
 * The prep step of a live attach: refuses, before anything is sent, a device the running
 * VM cannot take, saying what to do instead.
 */
export function checkLiveAttach({ live }: Definitions, scope: DeviceScope, spec: DeviceSpec): void {
  if (!scope.live || !live) return;
  const problem = liveAttachProblem(live, spec);
  if (problem !== undefined) throw new AppError({ code: 'not-hot-pluggable', message: problem });
}

/**
 * A running VM loses the device now, and its definition too when the device is in it; a
 * shut-off VM only has a definition, and so does a device added for the next start only.
 */
export function defaultDetachScope(
  { active, live, config }: Definitions,
  match: DeviceMatch,
): DeviceScope {
  if (!active) return { live: false, config: true };
  const inConfig = config !== undefined && devicesMatching(config, match).length > 0;
  const inLive = live !== undefined && devicesMatching(live, match).length > 0;
  // Named nowhere: live, so that prep says the running VM has no such device.
  return { live: inLive || !inConfig, config: inConfig };
}

/** A media change follows the drive: live when running, and in the definition when it is there. */
export function mediaScope(definitions: Definitions, target: string): DeviceScope {
  return defaultDetachScope(definitions, { kind: 'disk', target });
}

/** Refuses a scope the VM cannot take, saying what to choose instead. */
export function checkScope({ record, active, config }: Definitions, scope: DeviceScope): void {
  if (!scope.live && !scope.config) {
    throw new AppError({
      code: 'validation',
      message: 'Choose where the change applies: the running VM, its saved definition, or both.',
    });
  }
  if (scope.live && !active) {
    throw new AppError({
      code: 'operation-invalid',
      message: `${record.name} is not running, so its running devices cannot change. Apply the change to its saved definition instead.`,
    });
  }
  if (scope.config && !config) {
    throw new AppError({
      code: 'operation-invalid',
      message: `${record.name} is a transient VM: it has no saved definition. Apply the change to the running VM only.`,
    });
  }
}

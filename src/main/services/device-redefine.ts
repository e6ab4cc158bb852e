import { buildDevice } from '../../domain/devices/build-device';
import { devicesMatching, findDevice } from '../../domain/devices/find';
import type { Device } from '../../domain/devices/registry';
import { DomainXml } from '../../domain/domain-xml';
import { parseXml } from '../../domain/xml/parse';
import { serializeElement } from '../../domain/xml/serialize';
import { enableSharedMemory, hasSharedMemory } from '../../domain/memory-backing';
import type { DeviceScope, Driver } from '../../drivers/driver';
import type { DeviceMatch, DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { Definitions } from './device-definitions';

/*
 * Changes to the saved definition that a device attach cannot make, made by redefining
 * the domain instead: shared memory for a virtiofs share, and the devices libvirt 9 has
 * no persistent attach or detach for (it answers "persistent attach of device 'tpm' is
 * not supported"; checked on 9.0 for tpm, video and graphics, both ways; smartcard has
 * no persistent attach in libvirt's QEMU driver either).
 *
 * A redefine starts from the saved definition read with its secrets (display passwords),
 * which libvirt leaves out otherwise, so defining it again keeps them; that copy never
 * leaves the device service.
 */

const ONLY_BY_REDEFINE: ReadonlySet<string> = new Set(['tpm', 'video', 'graphics', 'smartcard']);

export async function readSavedWithSecrets(driver: Driver, uuid: string): Promise<DomainXml> {
  return DomainXml.parse(await driver.getDomainXml(uuid, { inactive: true, secure: true }));
}

export function needsRedefineToAdd(spec: DeviceSpec): boolean {
  return ONLY_BY_REDEFINE.has(spec.kind);
}

export function needsRedefineToRemove(device: Device): boolean {
  return ONLY_BY_REDEFINE.has(device.element.name);
}

/** The device's exact element in the saved definition, as XML, to put back later. */
export function savedElementOf(saved: DomainXml, match: DeviceMatch): string {
  return serializeElement(findDevice(saved, match).element);
}

/** A copy of the saved definition with a device element (from savedElementOf) back in it. */
export function definitionWithElement(saved: DomainXml, elementXml: string): DomainXml {
  const changed = DomainXml.parse(saved.toXml());
  changed.addDevice(parseXml(elementXml).root);
  return changed;
}

/**
 * Puts a device element taken from the saved definition back into it (a cancelled
 * removal), unless the definition has such a device again meanwhile.
 */
export async function putBackInConfig(
  driver: Driver,
  uuid: string,
  match: DeviceMatch,
  elementXml: string,
): Promise<void> {
  const saved = await readSavedWithSecrets(driver, uuid);
  if (devicesMatching(saved, match).length > 0) return;
  await driver.defineDomain(definitionWithElement(saved, elementXml).toXml());
}

/** A copy of the saved definition without the device `match` names. */
export function definitionWithout(config: DomainXml, match: DeviceMatch): DomainXml {
  const changed = DomainXml.parse(config.toXml());
  changed.removeDevice(findDevice(changed, match));
  return changed;
}

function isVirtiofs(spec: DeviceSpec): boolean {
  return spec.kind === 'filesystem' && spec.driver === 'virtiofs';
}

/**
 * How to turn on shared memory in the saved definition, when this attach needs that first;
 * undefined when it does not.
 */
export function sharedMemoryFor(
  { config }: Definitions,
  spec: DeviceSpec,
  scope: DeviceScope,
): ((saved: DomainXml) => DomainXml) | undefined {
  if (!scope.config || !config || !isVirtiofs(spec) || hasSharedMemory(config)) return undefined;
  return (saved) => {
    const changed = DomainXml.parse(saved.toXml());
    enableSharedMemory(changed);
    return changed;
  };
}

/** What the dialog says about the saved definition before a virtiofs share is added. */
export function definitionChangeFor(
  definitions: Definitions,
  spec: DeviceSpec,
): string | undefined {
  const { config, active } = definitions;
  if (!config || !isVirtiofs(spec) || hasSharedMemory(config)) return undefined;
  const when = active
    ? 'The running VM gets shared memory, and the share, only after a full shutdown and start.'
    : 'The share is there from the next start.';
  return `virtiofs needs the VM's memory to be shared. Adding this share also turns on shared memory in the saved definition (memfd-backed, shared access). ${when}`;
}

/** The saved definition with the device added, for a device libvirt cannot attach to it. */
export function definitionWithDevice(saved: DomainXml, spec: DeviceSpec): DomainXml {
  const changed = DomainXml.parse(saved.toXml());
  changed.addDevice(buildDevice(changed, spec));
  return changed;
}

/**
 * Redefines the domain with `changed`, then runs `act`; if `act` fails, the definition as
 * it was (`before`) is put back, so a failed attach leaves nothing half-changed. It is put
 * back only while the saved definition is still the one this change made: an edit that
 * someone else (virsh edit, another window) made meanwhile is never overwritten.
 */
export async function withRedefinition<T>(
  driver: Driver,
  uuid: string,
  before: DomainXml,
  changed: DomainXml,
  act: () => Promise<T>,
): Promise<T> {
  await driver.defineDomain(changed.toXml());
  // libvirt writes definitions its own way: what it gives back is what to compare with.
  const ours = (await readSavedWithSecrets(driver, uuid)).toXml();
  try {
    return await act();
  } catch (error) {
    await putBack(
      driver,
      uuid,
      before,
      ours,
      error instanceof Error ? error.message : String(error),
    );
    throw error;
  }
}

/** The rollback of withRedefinition; throws, saying what stays, when it cannot be done. */
async function putBack(
  driver: Driver,
  uuid: string,
  before: DomainXml,
  ours: string,
  failed: string,
): Promise<void> {
  const stays = 'check its memory settings before the next start';
  let now: string;
  try {
    now = (await readSavedWithSecrets(driver, uuid)).toXml();
    if (now === ours) {
      await driver.defineDomain(before.toXml());
      return;
    }
  } catch (restoreError) {
    const reason = restoreError instanceof Error ? restoreError.message : String(restoreError);
    throw new AppError({
      code: 'operation-invalid',
      message: `${failed} Putting the saved definition back as it was also failed (${reason}); ${stays}.`,
    });
  }
  throw new AppError({
    code: 'operation-invalid',
    message: `${failed} The saved definition was changed by someone else meanwhile, so it was left as they made it; ${stays}.`,
  });
}

import type { DeviceMatch } from '../../shared/devices';

/** A live removal that has not finished: still waiting for the guest, or refused by it. */
export interface UnfinishedRemoval {
  match: DeviceMatch;
  /** The alias DEVICE_REMOVED / DEVICE_REMOVAL_FAILED will carry, when the host gives aliases. */
  alias: string | undefined;
  title: string;
  state: 'pending' | 'failed';
  /** For a failed removal: why, and what to do. */
  error?: string;
  /**
   * The device's exact element in the saved definition (read with its secrets), when the
   * same removal also took it from there: a cancel puts this back.
   */
  removedFromConfig?: string;
}

/** Two matches name the same device when they are the same partial device. */
export function sameMatch(a: DeviceMatch, b: DeviceMatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The unfinished removals of one host, per domain. This is state the device list shows
 * ("Removal pending", a failed removal's reason) until the hypervisor's event, a retry or a
 * cancel clears it.
 */
export class UnfinishedRemovals {
  readonly #byDomain = new Map<string, UnfinishedRemoval[]>();

  /** The VMs that have unfinished removals. */
  domains(): string[] {
    return [...this.#byDomain.keys()];
  }

  of(uuid: string): readonly UnfinishedRemoval[] {
    return this.#byDomain.get(uuid) ?? [];
  }

  /** The entry for a device named by its match or by its alias. */
  find(
    uuid: string,
    device: { match?: DeviceMatch | undefined; alias?: string | undefined },
  ): UnfinishedRemoval | undefined {
    return this.of(uuid).find(
      (entry) =>
        (device.alias !== undefined && entry.alias === device.alias) ||
        (device.match !== undefined && sameMatch(entry.match, device.match)),
    );
  }

  set(uuid: string, removal: UnfinishedRemoval): void {
    const others = this.of(uuid).filter((entry) => !isSameDevice(entry, removal));
    this.#byDomain.set(uuid, [...others, removal]);
  }

  /** Forgets the entry for a device; says whether there was one. */
  delete(uuid: string, device: { match?: DeviceMatch; alias?: string | undefined }): boolean {
    const entry = this.find(uuid, device);
    if (!entry) return false;
    const rest = this.of(uuid).filter((other) => other !== entry);
    if (rest.length > 0) this.#byDomain.set(uuid, rest);
    else this.#byDomain.delete(uuid);
    return true;
  }

  /** Forgets every entry of a domain (it stopped: its live devices are gone). */
  clear(uuid: string): boolean {
    return this.#byDomain.delete(uuid);
  }
}

function isSameDevice(a: UnfinishedRemoval, b: UnfinishedRemoval): boolean {
  return (a.alias !== undefined && a.alias === b.alias) || sameMatch(a.match, b.match);
}

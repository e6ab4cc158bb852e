import type { NewVolumeSource } from '../../../shared/device-request';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors } from './hardware-form';

/** The storage page's fields for a disk on a new volume, as typed. */
export interface NewVolumeFields {
  /** The pool is the page's `pool`, shared with the existing-volume choice. */
  name: string;
  /** In GiB, as typed: a decimal number above zero. */
  sizeGiB: string;
  format: 'qcow2' | 'raw';
}

export const INITIAL_NEW_VOLUME: NewVolumeFields = { name: '', sizeGiB: '20', format: 'qcow2' };

const GiB = 2 ** 30;
const EXTENSION: Record<NewVolumeFields['format'], string> = { qcow2: '.qcow2', raw: '.img' };

/**
 * The new volume's source, or undefined with the problems set in `errors`. Where the host
 * listed its pools, the name and the pool are checked against them here, so a taken name
 * or a stopped pool shows under its field before anything is sent.
 */
export function newVolumeSource(
  pool: string,
  fields: NewVolumeFields,
  resources: HostResourceList | undefined,
  errors: FormErrors,
): NewVolumeSource | undefined {
  const poolName = pool.trim();
  const name = fields.name.trim();
  const known = resources?.pools.find((candidate) => candidate.name === poolName);
  if (poolName === '' || unlistedPool(poolName, resources))
    errors['pool'] = 'Choose the storage pool for the new volume.';
  else if (known && !known.active)
    errors['pool'] = 'This pool is not active. Start it on the host, or choose another pool.';
  if (name === '') errors['newVolumeName'] = 'Enter a name for the new volume.';
  else if (name.includes('/')) errors['newVolumeName'] = 'A volume name cannot contain "/".';
  else if (known?.volumes.some((volume) => volume.name === name))
    errors['newVolumeName'] = 'The pool already has a volume with this name. Choose another name.';
  const typed = fields.sizeGiB.trim();
  const capacityBytes = Math.round(Number(typed) * GiB);
  if (typed === '' || !Number.isFinite(capacityBytes) || capacityBytes <= 0)
    errors['newVolumeSize'] = 'Enter the size in GiB, a number above 0 (e.g. 20 or 0.5).';
  if (errors['pool'] ?? errors['newVolumeName'] ?? errors['newVolumeSize']) return undefined;
  return {
    type: 'new-volume',
    pool: poolName,
    volume: { name, capacityBytes, format: fields.format },
  };
}

/**
 * A pool the host did not list, while it listed some: the pool box cannot show it (it
 * reads "Choose…"), so it is no choice the user made.
 */
export function unlistedPool(pool: string, resources: HostResourceList | undefined): boolean {
  const pools = resources?.pools ?? [];
  return pools.length > 0 && !pools.some((candidate) => candidate.name === pool);
}

/**
 * The pool the storage page starts on once the host has listed its pools: the one chosen
 * if listed, else the first active pool (or the first at all); '' when there are none.
 */
export function initialPool(pool: string, resources: HostResourceList): string {
  const { pools } = resources;
  if (pools.length === 0 || pools.some((candidate) => candidate.name === pool)) return pool;
  return (pools.find((candidate) => candidate.active) ?? pools[0])?.name ?? '';
}

/** A free name like web1-2.qcow2: the VM's name and the first number not taken in the pool. */
export function suggestVolumeName(
  vmName: string,
  pool: string,
  format: NewVolumeFields['format'],
  resources: HostResourceList | undefined,
): string {
  const taken = new Set(
    resources?.pools.find((candidate) => candidate.name === pool)?.volumes.map((v) => v.name),
  );
  for (let n = 1; ; n++) {
    const name = `${vmName}-${n}${EXTENSION[format]}`;
    if (!taken.has(name)) return name;
  }
}

/** The name with the other format's usual extension, when it ends in this format's. */
export function renameForFormat(
  name: string,
  from: NewVolumeFields['format'],
  to: NewVolumeFields['format'],
): string {
  return name.endsWith(EXTENSION[from])
    ? name.slice(0, -EXTENSION[from].length) + EXTENSION[to]
    : name;
}

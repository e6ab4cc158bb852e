import type { HostResourceList } from '../../../shared/ipc/contract';

/** The host's storage pools as [name, label] choices; an inactive one says so. */
export function poolChoices(
  resources: HostResourceList | undefined,
): (readonly [string, string])[] | undefined {
  return resources?.pools.map(
    (pool) => [pool.name, pool.active ? pool.name : `${pool.name} (inactive)`] as const,
  );
}

/** The volumes of one pool as [name, name] choices; undefined when the host listed none. */
export function volumeChoices(
  resources: HostResourceList | undefined,
  pool: string,
): (readonly [string, string])[] | undefined {
  return resources?.pools
    .find((candidate) => candidate.name === pool)
    ?.volumes.map((volume) => [volume.name, volume.name] as const);
}

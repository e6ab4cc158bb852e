import type { Domain, LibvirtClient } from '../src/drivers/libvirt';

/**
 * The benches' domains on the daemon's shared test driver (test+unix:///default), named
 * bench-N. The test driver keeps them while some connection is open, so a bench holds
 * the client that defined them until it has measured, then removes them.
 */
export const BENCH_PREFIX = 'bench-';

/** A small domain, or with `devices` one with a disk and a network card, as real ones have. */
export function benchDomainXml(index: number, devices = false): string {
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  const extra = devices
    ? `<devices><disk type='file' device='disk'><source file='/var/lib/libvirt/images/${BENCH_PREFIX}${index}.qcow2'/><target dev='vda' bus='virtio'/></disk><interface type='network'><source network='default'/><mac address='52:54:00:${hex(index >> 8)}:${hex(index & 255)}:01'/></interface></devices>`
    : '';
  return `<domain type='test'><name>${BENCH_PREFIX}${index}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu><os><type>hvm</type></os>${extra}</domain>`;
}

export async function removeBenchDomains(client: LibvirtClient): Promise<void> {
  const { domains } = await client.connectListAllDomains();
  const ours = domains.filter((d) => new RegExp(`^${BENCH_PREFIX}\\d+$`).test(d.name));
  await Promise.all(
    ours.filter((d) => d.id !== -1).map((d) => client.domainDestroy(d).catch(() => undefined)),
  );
  await Promise.all(ours.map((d) => client.domainUndefineFlags(d, 0).catch(() => undefined)));
}

/** Defines and starts `count` bench domains (after removing any left from a run before). */
export async function startBenchDomains(
  client: LibvirtClient,
  count: number,
  devices = false,
): Promise<Domain[]> {
  await removeBenchDomains(client);
  const defined = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      client.domainDefineXMLFlags(benchDomainXml(i, devices), 0),
    ),
  );
  return Promise.all(defined.map((d) => client.domainCreateWithFlags(d, 0)));
}

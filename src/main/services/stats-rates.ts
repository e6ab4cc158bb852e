import type { VmStats } from '../../shared/dto';
import type { DomainStatsRecord } from '../../drivers/driver';

/**
 * Turns two samples of libvirt's cumulative counters into rates. CPU is the share of the
 * VM's own vCPUs (100% = every vCPU busy), as virt-manager shows it.
 */
export function statsRates(
  previous: DomainStatsRecord | undefined,
  current: DomainStatsRecord,
  elapsedMs: number,
): VmStats {
  const seconds = elapsedMs / 1000;
  const rate = (now: number, before: number | undefined): number =>
    before === undefined || seconds <= 0 || now < before ? 0 : (now - before) / seconds;
  const cpuNsPerSecond = rate(current.cpuTimeNs, previous?.cpuTimeNs);
  const cpuPercent = Math.min(100, Math.max(0, (cpuNsPerSecond / 1e9 / Math.max(1, current.vcpus)) * 100));
  return {
    uuid: current.uuid,
    cpuPercent: Math.round(cpuPercent * 10) / 10,
    memoryUsedKiB: current.memoryUsedKiB ?? current.balloonCurrentKiB,
    diskReadBps: rate(current.blockReadBytes, previous?.blockReadBytes),
    diskWriteBps: rate(current.blockWriteBytes, previous?.blockWriteBytes),
    netRxBps: rate(current.netRxBytes, previous?.netRxBytes),
    netTxBps: rate(current.netTxBytes, previous?.netTxBytes),
  };
}

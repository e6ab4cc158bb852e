import type { VmState, VmSummary } from '../../shared/dto';

export type VmSortColumn = 'name' | 'state' | 'os' | 'vcpus' | 'memory' | 'cpu';
export interface VmSort {
  column: VmSortColumn;
  direction: 'asc' | 'desc';
}

export const DEFAULT_VM_SORT: VmSort = { column: 'name', direction: 'asc' };

/** Sorting by state groups the VMs that are up, then those on their way, then the stopped. */
const STATE_RANK: Record<VmState, number> = {
  running: 0,
  blocked: 1,
  paused: 2,
  pmsuspended: 3,
  shutdown: 4,
  crashed: 5,
  shutoff: 6,
  nostate: 7,
};

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Each VM's latest CPU usage in percent, by uuid; a VM without one (shut off) sorts below 0 %. */
export type CpuByUuid = Readonly<Record<string, number>>;

type Compare = (a: VmSummary, b: VmSummary, cpu: CpuByUuid) => number;

const BY_COLUMN: Record<VmSortColumn, Compare> = {
  name: (a, b) => natural.compare(a.name, b.name),
  state: (a, b) => STATE_RANK[a.state] - STATE_RANK[b.state],
  os: (a, b) => natural.compare(a.osLabel, b.osLabel),
  vcpus: (a, b) => a.vcpus - b.vcpus,
  memory: (a, b) => a.memoryKiB - b.memoryKiB,
  // Whole percents: a VM does not swap places with its neighbour over a tenth of a percent.
  cpu: (a, b, cpu) => Math.round(cpu[a.uuid] ?? -1) - Math.round(cpu[b.uuid] ?? -1),
};

/** Orders by the chosen column, then by name so equal rows keep a stable, readable order. */
export function compareVms(
  sort: VmSort,
  cpu: CpuByUuid = {},
): (a: VmSummary, b: VmSummary) => number {
  const byColumn = BY_COLUMN[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * byColumn(a, b, cpu) || BY_COLUMN.name(a, b, cpu);
}

import type { VmState, VmSummary } from '../../shared/dto';

export type VmSortColumn = 'name' | 'state' | 'os' | 'vcpus' | 'memory';
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

const BY_COLUMN: Record<VmSortColumn, (a: VmSummary, b: VmSummary) => number> = {
  name: (a, b) => natural.compare(a.name, b.name),
  state: (a, b) => STATE_RANK[a.state] - STATE_RANK[b.state],
  os: (a, b) => natural.compare(a.osLabel, b.osLabel),
  vcpus: (a, b) => a.vcpus - b.vcpus,
  memory: (a, b) => a.memoryKiB - b.memoryKiB,
};

/** Orders by the chosen column, then by name so equal rows keep a stable, readable order. */
export function compareVms(sort: VmSort): (a: VmSummary, b: VmSummary) => number {
  const byColumn = BY_COLUMN[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => sign * byColumn(a, b) || BY_COLUMN.name(a, b);
}

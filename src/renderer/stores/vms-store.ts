import { create } from 'zustand';
import { compareVms, DEFAULT_VM_SORT, type CpuByUuid, type VmSort } from './vm-order';
import { withoutKey } from './without-key';
import type { VmSummary } from '../../shared/dto';

type HostVmsLoad = 'loading' | 'loaded' | 'failed';

interface VmsState {
  /** Every known VM of every host, by uuid. */
  byUuid: Record<string, VmSummary>;
  /** Whether a host's VM list has been fetched; events alone do not make a full list. */
  loadByHost: Record<string, HostVmsLoad>;
  setHostLoad: (hostId: string, load: HostVmsLoad) => void;
  /** Replaces everything known about one host's VMs with a fresh list. */
  replaceHostVms: (hostId: string, vms: readonly VmSummary[]) => void;
  upsertVm: (vm: VmSummary) => void;
  removeVm: (uuid: string) => void;
  /** The host's list may be out of date (it lost its connection): fetch it again when next shown. */
  markHostStale: (hostId: string) => void;
  /** Drops a removed host's VMs and the record that they were loaded. */
  forgetHost: (hostId: string) => void;
}

export const useVmsStore = create<VmsState>()((set) => ({
  byUuid: {},
  loadByHost: {},
  setHostLoad: (hostId, load) =>
    set((state) => ({ loadByHost: { ...state.loadByHost, [hostId]: load } })),
  replaceHostVms: (hostId, vms) =>
    set((state) => {
      const byUuid: Record<string, VmSummary> = {};
      for (const vm of Object.values(state.byUuid)) if (vm.hostId !== hostId) byUuid[vm.uuid] = vm;
      for (const vm of vms) byUuid[vm.uuid] = vm;
      return { byUuid, loadByHost: { ...state.loadByHost, [hostId]: 'loaded' } };
    }),
  upsertVm: (vm) => set((state) => ({ byUuid: { ...state.byUuid, [vm.uuid]: vm } })),
  removeVm: (uuid) =>
    set((state) => {
      const byUuid = withoutKey(state.byUuid, uuid);
      return byUuid === state.byUuid ? state : { byUuid };
    }),
  markHostStale: (hostId) =>
    set((state) => {
      const loadByHost = withoutKey(state.loadByHost, hostId);
      return loadByHost === state.loadByHost ? state : { loadByHost };
    }),
  forgetHost: (hostId) =>
    set((state) => ({
      byUuid: Object.fromEntries(
        Object.entries(state.byUuid).filter(([, vm]) => vm.hostId !== hostId),
      ),
      loadByHost: withoutKey(state.loadByHost, hostId),
    })),
}));

function hostVmsMatching(
  byUuid: Record<string, VmSummary>,
  hostId: string,
  filter: string,
): VmSummary[] {
  const needle = filter.trim().toLocaleLowerCase();
  return Object.values(byUuid).filter(
    (vm) => vm.hostId === hostId && vm.name.toLocaleLowerCase().includes(needle),
  );
}

/** The uuids of one host's VMs whose name contains `filter`, in the list's order. */
export function visibleVmUuids(
  byUuid: Record<string, VmSummary>,
  hostId: string | undefined,
  filter: string,
  sort: VmSort = DEFAULT_VM_SORT,
  cpu?: CpuByUuid,
): string[] {
  if (hostId === undefined) return [];
  return hostVmsMatching(byUuid, hostId, filter)
    .sort(compareVms(sort, cpu))
    .map((vm) => vm.uuid);
}

export function countVms(
  byUuid: Record<string, VmSummary>,
  hostId: string | undefined,
  filter: string,
): number {
  return hostId === undefined ? 0 : hostVmsMatching(byUuid, hostId, filter).length;
}

import { flushSync } from 'react-dom';
import type { VmState } from '../../shared/dto';
import type { ContractClient } from '../../shared/ipc/client';
import { recordStatsUpdate } from '../perf/perf-hooks';
import { useHostsStore } from '../stores/hosts-store';
import { useStatsStore } from '../stores/stats-store';
import { useUiStore } from '../stores/ui-store';
import { useVmsStore } from '../stores/vms-store';
import { clearPendingAction, settlePendingAction } from './pending-actions';

/** States in which a VM has no live figures; its old sparkline would be misleading. */
const STATS_LESS_STATES: ReadonlySet<VmState> = new Set(['shutoff', 'crashed', 'nostate']);

/**
 * Applies the host's pushed events to the stores; the renderer never polls. Returns a
 * function that unsubscribes everything.
 */
export function syncStoresWithEvents(client: ContractClient): () => void {
  const unsubscribers = [
    client.on('host.changed', ({ host }) => {
      useHostsStore.getState().upsertHost(host);
      // What we hold may change unseen while the host is away; the list reloads on return.
      if (host.status !== 'connected') useVmsStore.getState().markHostStale(host.id);
    }),
    client.on('host.removed', ({ hostId }) => {
      useHostsStore.getState().removeHost(hostId);
      useVmsStore.getState().forgetHost(hostId);
      const ui = useUiStore.getState();
      if (ui.selectedHostId === hostId) ui.selectHost(useHostsStore.getState().hosts[0]?.id);
    }),
    client.on('vm.changed', ({ vm }) => {
      useVmsStore.getState().upsertVm(vm);
      settlePendingAction(vm);
      if (STATS_LESS_STATES.has(vm.state)) useStatsStore.getState().forget(vm.uuid);
    }),
    client.on('vm.removed', ({ uuid }) => {
      useVmsStore.getState().removeVm(uuid);
      useStatsStore.getState().forget(uuid);
      clearPendingAction(uuid);
      const ui = useUiStore.getState();
      if (ui.selectedVmUuid === uuid) ui.selectVm(undefined);
      if (ui.forceOffUuid === uuid) ui.closeForceOff();
    }),
    client.on('vm.stats', ({ samples }) => {
      // flushSync renders and commits the affected rows before returning, so the measured
      // span covers the whole main-thread cost of the tick.
      const started = performance.now();
      flushSync(() => useStatsStore.getState().applySamples(samples));
      recordStatsUpdate(performance.now() - started);
    }),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

import { useConnectionStore } from '../../../src/renderer/stores/connection-store';
import { useHostsStore } from '../../../src/renderer/stores/hosts-store';
import { useNotificationsStore } from '../../../src/renderer/stores/notifications-store';
import { usePendingActionsStore } from '../../../src/renderer/stores/pending-actions-store';
import { useStatsStore } from '../../../src/renderer/stores/stats-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { useVmDetailsStore } from '../../../src/renderer/stores/vm-details-store';
import { useVmsStore } from '../../../src/renderer/stores/vms-store';

const initialStates = [
  [useConnectionStore, useConnectionStore.getState()],
  [useHostsStore, useHostsStore.getState()],
  [useNotificationsStore, useNotificationsStore.getState()],
  [usePendingActionsStore, usePendingActionsStore.getState()],
  [useStatsStore, useStatsStore.getState()],
  [useUiStore, useUiStore.getState()],
  [useVmDetailsStore, useVmDetailsStore.getState()],
  [useVmsStore, useVmsStore.getState()],
] as const;

/** Puts every store back to its first state, so tests do not leak into each other. */
export function resetStores(): void {
  for (const [store, state] of initialStates)
    (store.setState as (s: unknown, replace: true) => void)(state, true);
}

import type { LifecycleAction, VmSummary } from '../../shared/dto';
import { isAppError } from '../../shared/errors';
import type { ContractClient } from '../../shared/ipc/client';
import { useNotificationsStore } from '../stores/notifications-store';
import { useUiStore } from '../stores/ui-store';
import { useVmsStore } from '../stores/vms-store';
import { errorMessage } from './error-message';
import { refreshVmSummary } from './loaders';
import { beginPendingAction, pendingActionAnswered, settlePendingAction } from './pending-actions';

/** How each action reads in "Could not … “name”". */
const ACTION_VERBS: Record<LifecycleAction, string> = {
  start: 'start',
  shutdown: 'shut down',
  reboot: 'reboot',
  destroy: 'force off',
  suspend: 'pause',
  resume: 'resume',
};

export function failureMessage(vmName: string, action: LifecycleAction, reason: string): string {
  return `Could not ${ACTION_VERBS[action]} “${vmName}”: ${reason}`;
}

/**
 * Runs one lifecycle action. Success updates the VM from the answer (events will follow);
 * failure raises a toast naming VM, action and reason, then re-reads the VM from the host.
 * Shut Down and Reboot then wait for the guest (pending-actions.ts).
 */
export async function runLifecycleAction(
  client: ContractClient,
  vm: VmSummary,
  action: LifecycleAction,
): Promise<void> {
  const ui = useUiStore.getState();
  ui.setActionInFlight(vm.uuid, action);
  const waits = action === 'shutdown' || action === 'reboot';
  if (waits) beginPendingAction(vm, action);
  try {
    const updated = await client.invoke('vms.lifecycle', {
      hostId: vm.hostId,
      uuid: vm.uuid,
      action,
    });
    useVmsStore.getState().upsertVm(updated);
    if (waits) {
      settlePendingAction(updated);
      pendingActionAnswered(vm.uuid, true);
    }
  } catch (error) {
    if (waits) pendingActionAnswered(vm.uuid, false);
    // A VM whose state changed behind our back is no failure of the host: the list is
    // re-read below, and the user only has to look again.
    const wrongState = isAppError(error) && error.code === 'operation-invalid';
    useNotificationsStore
      .getState()
      .notify(wrongState ? 'info' : 'danger', failureMessage(vm.name, action, errorMessage(error)));
    await refreshVmSummary(client, vm.hostId, vm.uuid);
  } finally {
    ui.setActionInFlight(vm.uuid, undefined);
  }
}

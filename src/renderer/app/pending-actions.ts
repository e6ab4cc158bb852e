import type { VmState, VmSummary } from '../../shared/dto';
import { useNotificationsStore } from '../stores/notifications-store';
import { usePendingActionsStore, type PendingAction } from '../stores/pending-actions-store';
import { useUiStore } from '../stores/ui-store';

/**
 * Shut Down and Reboot only ask the guest (ACPI, or its agent), which acts in its own time
 * or never. Between the request and the event that says it happened, the VM reads
 * "Shutting down…" or "Rebooting…"; a shutdown still pending after a minute offers Force
 * Off. The wait is per VM and lives in a store, so it outlasts selecting another VM.
 */

/** How long a guest may take to shut down before Force Off is offered. */
export const SHUTDOWN_OVERDUE_MS = 60_000;
/**
 * The longest "Rebooting…" is shown. A reboot leaves the VM running, so a guest that
 * ignores the request gives no event to end the wait on.
 */
export const REBOOT_WAIT_MS = 20_000;

/** States in which the guest is still up, i.e. has not finished shutting down. */
const UP_STATES: ReadonlySet<VmState> = new Set(['running', 'blocked', 'shutdown']);

const timers = new Map<string, ReturnType<typeof setTimeout>>();

const overdueKey = (uuid: string): string => `shutdown-overdue:${uuid}`;

/** Starts waiting for `action` on the VM, replacing whatever it waited for before. */
export function beginPendingAction(vm: VmSummary, action: PendingAction): void {
  clearPendingAction(vm.uuid);
  usePendingActionsStore.getState().begin(vm.uuid, action);
  const timer =
    action === 'shutdown'
      ? setTimeout(() => offerForceOff(vm), SHUTDOWN_OVERDUE_MS)
      : setTimeout(() => clearPendingAction(vm.uuid), REBOOT_WAIT_MS);
  timers.set(vm.uuid, timer);
}

/** The host answered the request: accepted (the guest's turn now) or refused (no wait). */
export function pendingActionAnswered(uuid: string, accepted: boolean): void {
  if (accepted) usePendingActionsStore.getState().update(uuid, { accepted: true });
  else clearPendingAction(uuid);
}

/**
 * A VM changed on its host. A shutdown has happened once the VM is no longer up; a reboot
 * once the host reports the VM again after accepting the request (the reboot event).
 */
export function settlePendingAction(vm: VmSummary): void {
  const entry = usePendingActionsStore.getState().byUuid[vm.uuid];
  if (!entry) return;
  const done =
    entry.action === 'shutdown'
      ? !UP_STATES.has(vm.state)
      : entry.accepted || (vm.state !== 'running' && vm.state !== 'blocked');
  if (done) clearPendingAction(vm.uuid);
}

export function clearPendingAction(uuid: string): void {
  const timer = timers.get(uuid);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(uuid);
  usePendingActionsStore.getState().clear(uuid);
  useNotificationsStore.getState().dismissKey(overdueKey(uuid));
}

function offerForceOff(vm: VmSummary): void {
  timers.delete(vm.uuid);
  if (usePendingActionsStore.getState().byUuid[vm.uuid]?.action !== 'shutdown') return;
  usePendingActionsStore.getState().update(vm.uuid, { overdue: true });
  useNotificationsStore
    .getState()
    .notify('warning', `“${vm.name}” has not shut down after a minute`, {
      key: overdueKey(vm.uuid),
      action: { label: 'Force Off', run: () => useUiStore.getState().askForceOff(vm.uuid) },
    });
}

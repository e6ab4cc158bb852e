import { useEffect } from 'react';
import { useHostsStore } from '../../stores/hosts-store';
import { usePendingActionsStore } from '../../stores/pending-actions-store';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { blockedReason } from './lifecycle-actions';
import { actionForShortcut, isHelpShortcut, isTypingTarget } from './shortcuts';
import { hostBlockReason } from './use-host-block';
import { useTriggerAction } from './use-trigger-action';

/** Window-wide shortcuts for the selected VM's actions and for the help dialog. */
export function useKeyboardShortcuts(): void {
  const trigger = useTriggerAction();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ui = useUiStore.getState();
      const dialogOpen = ui.shortcutsHelpOpen || ui.forceOffUuid !== undefined;
      if (dialogOpen || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (isHelpShortcut(event)) {
        event.preventDefault();
        ui.setShortcutsHelpOpen(true);
        return;
      }
      const action = actionForShortcut(event);
      if (action === undefined) return;
      event.preventDefault();
      const vm =
        ui.selectedVmUuid === undefined
          ? undefined
          : useVmsStore.getState().byUuid[ui.selectedVmUuid];
      if (!vm) return;
      const host = useHostsStore.getState().hosts.find((h) => h.id === vm.hostId);
      const reason = blockedReason({
        vm,
        action,
        inFlight: ui.actionsInFlight[vm.uuid],
        pending: usePendingActionsStore.getState().byUuid[vm.uuid],
        hostBlock: hostBlockReason(host?.status),
      });
      if (reason === undefined) trigger(vm, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [trigger]);
}

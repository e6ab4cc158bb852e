import { useEffect } from 'react';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { isActionEnabled } from './lifecycle-actions';
import { actionForShortcut, isHelpShortcut, isTypingTarget } from './shortcuts';
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
      if (vm && isActionEnabled(vm, action) && ui.actionsInFlight[vm.uuid] === undefined)
        trigger(vm, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [trigger]);
}

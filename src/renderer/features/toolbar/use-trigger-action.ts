import { useCallback } from 'react';
import type { LifecycleAction, VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { runLifecycleAction } from '../../app/lifecycle';
import { useUiStore } from '../../stores/ui-store';

/** Starts an action from a button or shortcut; Force Off first asks for confirmation. */
export function useTriggerAction(): (vm: VmSummary, action: LifecycleAction) => void {
  const client = useClient();
  const askForceOff = useUiStore((state) => state.askForceOff);
  return useCallback(
    (vm, action) => {
      if (action === 'destroy') askForceOff(vm.uuid);
      else void runLifecycleAction(client, vm, action);
    },
    [client, askForceOff],
  );
}

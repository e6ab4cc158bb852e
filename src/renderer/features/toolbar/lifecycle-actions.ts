import { ACTIONS_BY_STATE, type LifecycleAction, type VmSummary } from '../../../shared/dto';

/** Toolbar order: the common path first, the destructive Force Off among the stops. */
export const TOOLBAR_ACTIONS: readonly LifecycleAction[] = [
  'start',
  'shutdown',
  'reboot',
  'destroy',
  'suspend',
  'resume',
];

/** Button texts; e2e page objects find the buttons by exactly these names. */
export const ACTION_LABELS: Record<LifecycleAction, string> = {
  start: 'Run',
  shutdown: 'Shut Down',
  reboot: 'Reboot',
  destroy: 'Force Off',
  suspend: 'Pause',
  resume: 'Resume',
};

/** Whether `action` makes sense for the VM now; no VM selected means nothing is enabled. */
export function isActionEnabled(vm: VmSummary | undefined, action: LifecycleAction): boolean {
  return vm !== undefined && ACTIONS_BY_STATE[vm.state].includes(action);
}

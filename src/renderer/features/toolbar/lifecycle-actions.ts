import { ACTIONS_BY_STATE, type LifecycleAction, type VmSummary } from '../../../shared/dto';
import { PENDING_TEXT, type PendingEntry } from '../../stores/pending-actions-store';

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

/** Asking again while the guest works on a shutdown or reboot only repeats the request. */
const WAITING_BLOCKS: ReadonlySet<LifecycleAction> = new Set(['shutdown', 'reboot']);

export interface ActionContext {
  vm: VmSummary | undefined;
  action: LifecycleAction;
  /** The action sent for this VM and not answered yet. */
  inFlight: LifecycleAction | undefined;
  pending: PendingEntry | undefined;
  /** Why the VM's host takes no requests now (hostBlockReason). */
  hostBlock: string | undefined;
}

/**
 * Why the action cannot be used now, shown as its button's tooltip; '' when the reason is
 * plain from the VM's state (the tooltip then names the shortcut); undefined when it can.
 */
export function blockedReason({
  vm,
  action,
  inFlight,
  pending,
  hostBlock,
}: ActionContext): string | undefined {
  if (vm === undefined) return '';
  if (hostBlock !== undefined) return hostBlock;
  if (!isActionEnabled(vm, action) || inFlight !== undefined) return '';
  if (pending !== undefined && WAITING_BLOCKS.has(action)) return PENDING_TEXT[pending.action];
  return undefined;
}

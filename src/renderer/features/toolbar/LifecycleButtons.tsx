import { Button, ToolbarGroup, ToolbarItem, Tooltip } from '@patternfly/react-core';
import type { LifecycleAction } from '../../../shared/dto';
import { usePendingActionsStore } from '../../stores/pending-actions-store';
import { useUiStore } from '../../stores/ui-store';
import { ACTION_ICONS } from './action-icons';
import { ACTION_LABELS, blockedReason, TOOLBAR_ACTIONS } from './lifecycle-actions';
import { ACTION_SHORTCUTS } from './shortcuts';
import { useHostBlock } from './use-host-block';
import { useSelectedVm } from './use-selected-vm';
import { useTriggerAction } from './use-trigger-action';
import './toolbar.css';

/** aria-keyshortcuts wants key names spelled the way the specification spells them. */
function ariaShortcut(action: LifecycleAction): string {
  return `Control+Alt+${ACTION_SHORTCUTS[action].code.replace('Key', '')}`;
}

/**
 * One button per lifecycle action, enabled by the selected VM's state, its host's
 * connection and what it already waits for. Disabled buttons stay focusable
 * (aria-disabled) so their tooltips still say why, or the shortcut. The label is also the
 * accessible name: where the toolbar is narrow, CSS shows the icon alone.
 */
export function LifecycleButtons() {
  const vm = useSelectedVm();
  const inFlight = useUiStore((state) => (vm ? state.actionsInFlight[vm.uuid] : undefined));
  const pending = usePendingActionsStore((state) => (vm ? state.byUuid[vm.uuid] : undefined));
  const hostBlock = useHostBlock(vm?.hostId);
  const trigger = useTriggerAction();
  return (
    <ToolbarGroup
      variant="action-group"
      className="vd-actions"
      aria-label="VM actions"
      role="group"
    >
      {TOOLBAR_ACTIONS.map((action) => {
        const reason = blockedReason({ vm, action, inFlight, pending, hostBlock });
        const Icon = ACTION_ICONS[action];
        const label = ACTION_LABELS[action];
        return (
          <ToolbarItem key={action}>
            <Tooltip content={reason ? reason : `${label} (${ACTION_SHORTCUTS[action].label})`}>
              <Button
                variant="secondary"
                size="sm"
                className="vd-action"
                isDanger={action === 'destroy'}
                icon={<Icon />}
                aria-label={label}
                isAriaDisabled={reason !== undefined}
                // Any isLoading value, even false, reserves room for a spinner; set it only while waiting.
                {...(inFlight === action ? { isLoading: true } : {})}
                aria-keyshortcuts={ariaShortcut(action)}
                onClick={() => {
                  if (vm) trigger(vm, action);
                }}
              >
                {label}
              </Button>
            </Tooltip>
          </ToolbarItem>
        );
      })}
    </ToolbarGroup>
  );
}

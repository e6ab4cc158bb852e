import { Button, ToolbarGroup, ToolbarItem, Tooltip } from '@patternfly/react-core';
import type { LifecycleAction } from '../../../shared/dto';
import { useUiStore } from '../../stores/ui-store';
import { ACTION_ICONS } from './action-icons';
import { ACTION_LABELS, isActionEnabled, TOOLBAR_ACTIONS } from './lifecycle-actions';
import { ACTION_SHORTCUTS } from './shortcuts';
import { useSelectedVm } from './use-selected-vm';
import { useTriggerAction } from './use-trigger-action';

/** aria-keyshortcuts wants key names spelled the way the specification spells them. */
function ariaShortcut(action: LifecycleAction): string {
  return `Control+Alt+${ACTION_SHORTCUTS[action].code.replace('Key', '')}`;
}

/**
 * One button per lifecycle action, enabled by the selected VM's state. Disabled buttons
 * stay focusable (aria-disabled) so their tooltips still explain the shortcut.
 */
export function LifecycleButtons() {
  const vm = useSelectedVm();
  const inFlight = useUiStore((state) => (vm ? state.actionsInFlight[vm.uuid] : undefined));
  const trigger = useTriggerAction();
  return (
    <ToolbarGroup
      variant="action-group"
      className="vd-actions"
      aria-label="VM actions"
      role="group"
    >
      {TOOLBAR_ACTIONS.map((action) => {
        const enabled = isActionEnabled(vm, action) && inFlight === undefined;
        const Icon = ACTION_ICONS[action];
        return (
          <ToolbarItem key={action}>
            <Tooltip content={`${ACTION_LABELS[action]} (${ACTION_SHORTCUTS[action].label})`}>
              <Button
                variant="secondary"
                size="sm"
                isDanger={action === 'destroy'}
                icon={<Icon />}
                isAriaDisabled={!enabled}
                // Any isLoading value, even false, reserves room for a spinner; set it only while waiting.
                {...(inFlight === action ? { isLoading: true } : {})}
                aria-keyshortcuts={ariaShortcut(action)}
                onClick={() => {
                  if (vm) trigger(vm, action);
                }}
              >
                {ACTION_LABELS[action]}
              </Button>
            </Tooltip>
          </ToolbarItem>
        );
      })}
    </ToolbarGroup>
  );
}

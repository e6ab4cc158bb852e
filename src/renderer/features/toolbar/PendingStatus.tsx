import { Spinner, ToolbarItem } from '@patternfly/react-core';
import { PENDING_TEXT, usePendingActionsStore } from '../../stores/pending-actions-store';
import { useSelectedVm } from './use-selected-vm';

/**
 * "Shutting down…" or "Rebooting…" for the selected VM while its guest has been asked and
 * has not done it yet. The live region is always there, so a change of text is announced.
 */
export function PendingStatus() {
  const vm = useSelectedVm();
  const pending = usePendingActionsStore((state) => (vm ? state.byUuid[vm.uuid] : undefined));
  return (
    <ToolbarItem className="vd-pending">
      <span role="status">
        {pending && (
          <>
            <Spinner size="sm" aria-hidden /> {PENDING_TEXT[pending.action]}
          </>
        )}
      </span>
    </ToolbarItem>
  );
}

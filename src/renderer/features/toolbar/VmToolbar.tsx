import {
  Button,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Tooltip,
} from '@patternfly/react-core';
import { KeyboardIcon } from '@patternfly/react-icons/dist/esm/icons/keyboard-icon';
import { useUiStore } from '../../stores/ui-store';
import { DeleteVmButton } from '../new-vm/DeleteVmButton';
import { NewVmButton } from '../new-vm/NewVmButton';
import { LifecycleButtons } from './LifecycleButtons';
import { PendingStatus } from './PendingStatus';
import { HELP_SHORTCUT_LABEL } from './shortcuts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

export function VmToolbar() {
  const filterText = useUiStore((state) => state.filterText);
  const setFilterText = useUiStore((state) => state.setFilterText);
  const setShortcutsHelpOpen = useUiStore((state) => state.setShortcutsHelpOpen);
  useKeyboardShortcuts();
  return (
    <Toolbar className="vd-toolbar">
      <ToolbarContent>
        <ToolbarItem className="vd-filter">
          <SearchInput
            aria-label="Filter virtual machines"
            placeholder="Filter by name"
            value={filterText}
            onChange={(_event, value) => setFilterText(value)}
            onClear={() => setFilterText('')}
          />
        </ToolbarItem>
        <NewVmButton />
        <LifecycleButtons />
        <DeleteVmButton />
        <PendingStatus />
        <ToolbarItem align={{ default: 'alignEnd' }}>
          <Tooltip content={`Keyboard shortcuts (${HELP_SHORTCUT_LABEL})`}>
            <Button
              variant="plain"
              size="sm"
              aria-label="Keyboard shortcuts"
              aria-keyshortcuts="?"
              icon={<KeyboardIcon />}
              onClick={() => setShortcutsHelpOpen(true)}
            />
          </Tooltip>
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
}

import { useState } from 'react';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import type { HostSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { setHostConnected } from '../../app/host-actions';

/** The statuses in which the host has, or is working on, a connection that can be closed. */
const CLOSABLE: ReadonlySet<HostSummary['status']> = new Set([
  'connected',
  'connecting',
  'reconnecting',
]);

interface Props {
  host: HostSummary;
  onRename: () => void;
  onRemove: () => void;
}

/**
 * A host's kebab menu in the sidebar: Connect or Disconnect (a reconnecting host can be
 * disconnected, which stops its retries), Rename… and Remove…, which ask in a dialog.
 */
export function HostActionsMenu({ host, onRename, onRemove }: Props) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const closable = CLOSABLE.has(host.status);
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      // Outside the sidebar, whose scrolling would cut the menu off.
      popperProps={{ position: 'end', appendTo: () => document.body }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plain"
          aria-label={`Actions for ${host.name}`}
          isExpanded={open}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
          icon={<EllipsisVIcon />}
        />
      )}
    >
      <DropdownList>
        <DropdownItem
          onClick={() => void setHostConnected(client, host, !closable)}
          description={
            closable
              ? 'Close the connection; the VMs on the host keep running.'
              : 'Open the connection again.'
          }
        >
          {closable ? 'Disconnect' : 'Connect'}
        </DropdownItem>
        <DropdownItem
          isAriaDisabled={host.renameProblem !== undefined}
          {...(host.renameProblem === undefined ? {} : { description: host.renameProblem })}
          onClick={onRename}
        >
          Rename…
        </DropdownItem>
        <DropdownItem onClick={onRemove}>Remove…</DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}

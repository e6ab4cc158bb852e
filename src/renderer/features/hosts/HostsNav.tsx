import { useId, useState, type KeyboardEvent } from 'react';
import { Button, Nav } from '@patternfly/react-core';
import { PlusCircleIcon } from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import type { HostSummary } from '../../../shared/dto';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';
import { AddHostModal } from './AddHostModal';
import { HostActionsMenu } from './HostActionsMenu';
import { HostStatusText } from './HostStatusText';
import { RemoveHostModal } from './RemoveHostModal';
import { RenameHostModal } from './RenameHostModal';

type Dialog = { kind: 'add' } | { kind: 'rename' | 'remove'; host: HostSummary };

/**
 * Every configured host with its connection state; choosing one shows its VMs. Each host
 * is a button (Tab reaches it, Enter or Space selects it; ↑ and ↓ move between hosts)
 * with its actions menu beside it.
 */
export function HostsNav() {
  const hosts = useHostsStore((state) => state.hosts);
  const selectedHostId = useUiStore((state) => state.selectedHostId);
  const selectHost = useUiStore((state) => state.selectHost);
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => setDialog(undefined);
  // The dialog's host as it is now (a rename or status change may have come meanwhile).
  const dialogHost =
    dialog && dialog.kind !== 'add'
      ? (hosts.find((host) => host.id === dialog.host.id) ?? dialog.host)
      : undefined;
  return (
    <Nav aria-label="Hosts">
      <h2 className="vd-sidebar-heading">Hosts</h2>
      <ul className="pf-v6-c-nav__list">
        {hosts.map((host) => (
          <HostNavItem
            key={host.id}
            host={host}
            active={host.id === selectedHostId}
            onSelect={() => selectHost(host.id)}
            onRename={() => setDialog({ kind: 'rename', host })}
            onRemove={() => setDialog({ kind: 'remove', host })}
          />
        ))}
      </ul>
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        onClick={() => setDialog({ kind: 'add' })}
        className="vd-add-host"
      >
        Add host
      </Button>
      {dialog?.kind === 'add' && <AddHostModal onClose={close} />}
      {dialog?.kind === 'rename' && dialogHost && (
        <RenameHostModal host={dialogHost} onClose={close} />
      )}
      {dialog?.kind === 'remove' && dialogHost && (
        <RemoveHostModal host={dialogHost} onClose={close} />
      )}
    </Nav>
  );
}

interface ItemProps {
  host: HostSummary;
  active: boolean;
  onSelect: () => void;
  onRename: () => void;
  onRemove: () => void;
}

/**
 * One host: a button named by the host's name (its status and error describe it, so a
 * screen reader reads "Lab, button, Connected"), and its actions menu.
 */
function HostNavItem({ host, active, onSelect, onRename, onRemove }: ItemProps) {
  const id = useId();
  return (
    <li className="pf-v6-c-nav__item vd-host-item">
      <button
        type="button"
        className={`pf-v6-c-nav__link vd-host-link${active ? ' pf-m-current' : ''}`}
        aria-current={active ? 'true' : undefined}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-status${host.error ? ` ${id}-error` : ''}`}
        onClick={onSelect}
        onKeyDown={moveBetweenHosts}
      >
        <span className="vd-host">
          <span className="vd-host-name" id={`${id}-name`}>
            {host.name}
          </span>
          <span id={`${id}-status`}>
            <HostStatusText host={host} />
          </span>
          {host.error && (
            <span className="vd-host-error" id={`${id}-error`}>
              {host.error}
            </span>
          )}
        </span>
      </button>
      <HostActionsMenu host={host} onRename={onRename} onRemove={onRemove} />
    </li>
  );
}

/** ↑ and ↓ on a host's button move the focus to the previous or next host's button. */
function moveBetweenHosts(event: KeyboardEvent<HTMLButtonElement>): void {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  const list = event.currentTarget.closest('ul');
  const buttons = [...(list?.querySelectorAll<HTMLButtonElement>('.vd-host-link') ?? [])];
  const index = buttons.indexOf(event.currentTarget);
  const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

import { useState } from 'react';
import { Button, Nav, NavItem, NavList } from '@patternfly/react-core';
import { PlusCircleIcon } from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';
import { AddHostModal } from './AddHostModal';
import { HostStatusText } from './HostStatusText';

/** Every configured host with its connection state; choosing one shows its VMs. */
export function HostsNav() {
  const hosts = useHostsStore((state) => state.hosts);
  const selectedHostId = useUiStore((state) => state.selectedHostId);
  const selectHost = useUiStore((state) => state.selectHost);
  const [adding, setAdding] = useState(false);
  return (
    <Nav aria-label="Hosts">
      <h2 className="vd-sidebar-heading">Hosts</h2>
      <NavList>
        {hosts.map((host) => (
          <NavItem
            key={host.id}
            itemId={host.id}
            component="button"
            isActive={host.id === selectedHostId}
            onClick={() => selectHost(host.id)}
          >
            <span className="vd-host">
              <span className="vd-host-name">{host.name}</span>
              <HostStatusText host={host} />
              {host.error && <span className="vd-host-error">{host.error}</span>}
            </span>
          </NavItem>
        ))}
      </NavList>
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        onClick={() => setAdding(true)}
        className="vd-add-host"
      >
        Add host
      </Button>
      {adding && <AddHostModal onClose={() => setAdding(false)} />}
    </Nav>
  );
}

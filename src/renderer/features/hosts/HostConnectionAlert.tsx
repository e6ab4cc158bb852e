import { useState } from 'react';
import { Alert, Button } from '@patternfly/react-core';
import type { HostSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { setHostConnected } from '../../app/host-actions';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';
import { hostStatusLabel } from './host-status-label';
import { ReconnectButton } from './ReconnectButton';
import { useNow } from './use-now';

/**
 * Above the VM list of a host that is not connected: what the app is doing about it, the
 * last reason, and "Retry now" (or "Reconnect" once only the user can fix it). A host the
 * user disconnected is no failure: it says so and offers Connect. The list below keeps the
 * VMs as last seen, marked as such.
 */
export function HostConnectionAlert() {
  const hostId = useUiStore((state) => state.selectedHostId);
  const host = useHostsStore((state) => state.hosts.find((h) => h.id === hostId));
  const now = useNow(host?.retry?.nextAt !== undefined);
  if (!host || host.status === 'connected' || host.status === 'connecting') return null;
  if (host.status === 'disconnected') {
    return (
      <Alert
        variant="info"
        isInline
        title={`${host.name} is disconnected`}
        className="vd-host-alert"
        actionLinks={<ConnectButton host={host} />}
      >
        Its connection was closed in Virtdeck; nothing on the host changed, and Virtdeck does not
        reconnect by itself. The VMs below are as last seen.
      </Alert>
    );
  }
  const title =
    host.status === 'reconnecting'
      ? `${host.name}: ${hostStatusLabel(host, now)}`
      : `${host.name} is not connected`;
  return (
    <Alert
      variant={host.status === 'reconnecting' ? 'warning' : 'danger'}
      isInline
      title={title}
      className="vd-host-alert"
      actionLinks={<ReconnectButton host={host} variant="link" />}
    >
      {host.error ?? 'The connection to this host is closed.'} The VMs below are as last seen.
    </Alert>
  );
}

function ConnectButton({ host }: { host: HostSummary }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const connect = async () => {
    setBusy(true);
    try {
      await setHostConnected(client, host, true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="link" isInline isDisabled={busy} onClick={() => void connect()}>
      Connect
    </Button>
  );
}

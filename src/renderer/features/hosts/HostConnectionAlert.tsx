import { Alert } from '@patternfly/react-core';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';
import { hostStatusLabel } from './host-status-label';
import { ReconnectButton } from './ReconnectButton';
import { useNow } from './use-now';

/**
 * Above the VM list of a host that lost its connection: what the app is doing about it,
 * the last reason, and "Retry now" (or "Reconnect" once only the user can fix it). The list
 * below keeps the VMs as last seen, marked as such.
 */
export function HostConnectionAlert() {
  const hostId = useUiStore((state) => state.selectedHostId);
  const host = useHostsStore((state) => state.hosts.find((h) => h.id === hostId));
  const now = useNow(host?.retry?.nextAt !== undefined);
  if (!host || host.status === 'connected' || host.status === 'connecting') return null;
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

import { Icon, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon } from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import { DisconnectedIcon } from '@patternfly/react-icons/dist/esm/icons/disconnected-icon';
import { ExclamationCircleIcon } from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import type { HostStatus, HostSummary } from '../../../shared/dto';
import { hostStatusLabel } from './host-status-label';
import { useNow } from './use-now';

function StatusIcon({ status }: { status: HostStatus }) {
  switch (status) {
    case 'connecting':
    case 'reconnecting':
      return <Spinner size="sm" aria-hidden="true" />;
    case 'connected':
      return (
        <Icon size="sm" status="success">
          <CheckCircleIcon />
        </Icon>
      );
    case 'disconnected':
      return (
        <Icon size="sm">
          <DisconnectedIcon />
        </Icon>
      );
    case 'error':
      return (
        <Icon size="sm" status="danger">
          <ExclamationCircleIcon />
        </Icon>
      );
  }
}

export function HostStatusText({ host }: { host: Pick<HostSummary, 'status' | 'retry'> }) {
  const now = useNow(host.retry?.nextAt !== undefined);
  return (
    <span className="vd-host-status">
      <StatusIcon status={host.status} />
      <span>{hostStatusLabel(host, now)}</span>
    </span>
  );
}

import { Icon, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon } from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import { DisconnectedIcon } from '@patternfly/react-icons/dist/esm/icons/disconnected-icon';
import { ExclamationCircleIcon } from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import type { HostStatus } from '../../../shared/dto';

const STATUS_TEXT: Record<HostStatus, string> = {
  connecting: 'Connecting',
  connected: 'Connected',
  disconnected: 'Disconnected',
  error: 'Error',
};

function StatusIcon({ status }: { status: HostStatus }) {
  switch (status) {
    case 'connecting':
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

export function HostStatusText({ status }: { status: HostStatus }) {
  return (
    <span className="vd-host-status">
      <StatusIcon status={status} />
      <span>{STATUS_TEXT[status]}</span>
    </span>
  );
}

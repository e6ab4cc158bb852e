import { useState } from 'react';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import type { DeviceRequestInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';

/** Why Add failed, and the network to start when that was the reason. */
export interface AttachFailureInfo {
  message: string;
  /** A virtual network the host reported inactive: the alert offers to start it. */
  inactiveNetwork?: string;
}

/** What the host's refusal of `spec` says, and what the alert can do about it. */
export function attachFailureOf(error: unknown, spec: DeviceRequestInput): AttachFailureInfo {
  const message = errorMessage(error);
  const onNetwork =
    error instanceof AppError &&
    error.code === 'operation-invalid' &&
    error.issues?.some((issue) => issue.path === 'source.network') === true;
  if (onNetwork && spec.kind === 'interface' && spec.source.type === 'network') {
    return { message, inactiveNetwork: spec.source.network };
  }
  return { message };
}

/**
 * The host's refusal of Add, as the dialog's danger alert; for a network that is not
 * active, with a button that starts it (networks.start), after which Add can be tried again.
 */
export function AttachFailure({
  hostId,
  failure,
  onNetworkStarted,
}: {
  hostId: string;
  failure: AttachFailureInfo;
  onNetworkStarted: (name: string) => void;
}) {
  const client = useClient();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();
  const network = failure.inactiveNetwork;
  const start = async (name: string) => {
    setStarting(true);
    setStartError(undefined);
    try {
      await client.invoke('networks.start', { hostId, name });
      useNotificationsStore
        .getState()
        .notify('success', `Started the network “${name}”. Add the card again.`);
      onNetworkStarted(name);
    } catch (error) {
      setStartError(`The network could not be started: ${errorMessage(error)}`);
    } finally {
      setStarting(false);
    }
  };
  return (
    <Alert
      variant="danger"
      isInline
      title={failure.message}
      {...(network === undefined
        ? {}
        : {
            actionLinks: (
              <AlertActionLink isDisabled={starting} onClick={() => void start(network)}>
                {`Start network “${network}”`}
              </AlertActionLink>
            ),
          })}
    >
      {startError}
    </Alert>
  );
}

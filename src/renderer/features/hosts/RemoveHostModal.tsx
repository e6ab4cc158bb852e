import { useState } from 'react';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { HostSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { removeHost } from '../../app/host-actions';

/**
 * Confirms removing a host from Virtdeck's list, saying plainly that only the list
 * changes: the host, its VMs and their definitions are not touched.
 */
export function RemoveHostModal({ host, onClose }: { host: HostSummary; onClose: () => void }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await removeHost(client, host.id);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <Modal
      variant="small"
      isOpen
      onClose={onClose}
      aria-labelledby="vd-remove-host-title"
      aria-describedby="vd-remove-host-body"
    >
      <ModalHeader
        title={`Remove ${host.name}?`}
        labelId="vd-remove-host-title"
        titleIconVariant="warning"
      />
      <ModalBody id="vd-remove-host-body">
        {failure !== undefined && <Alert variant="danger" isInline title={failure} />}
        <p>
          {host.name} ({host.uri}) leaves Virtdeck’s list and its connection is closed. Nothing on
          the host changes: its VMs keep running and keep their definitions. Add it again at any
          time with Add host.
        </p>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" isLoading={busy} isDisabled={busy} onClick={() => void confirm()}>
          Remove
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

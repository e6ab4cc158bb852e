import { Alert, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import type { HostSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { removeHost } from '../../app/host-actions';
import { DialogFooter } from '../../components/DialogFooter';
import { useDialogAction } from '../../components/use-dialog-action';

/**
 * Confirms removing a host from Virtdeck's list, saying plainly that only the list
 * changes: the host, its VMs and their definitions are not touched.
 */
export function RemoveHostModal({ host, onClose }: { host: HostSummary; onClose: () => void }) {
  const client = useClient();
  const { busy, failure, run } = useDialogAction();
  const confirm = async () => {
    if (await run(() => removeHost(client, host.id))) onClose();
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
      <DialogFooter
        action="Remove"
        variant="danger"
        onAction={() => void confirm()}
        busy={busy}
        onCancel={onClose}
      />
    </Modal>
  );
}

import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  ToolbarItem,
  Tooltip,
} from '@patternfly/react-core';
import { TrashIcon } from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { useHostBlock } from '../toolbar/use-host-block';
import { useSelectedVm } from '../toolbar/use-selected-vm';

/** libvirt undefines only an inactive domain; Shut Down or Force Off stops it. */
const NOT_SHUT_OFF = 'Stop the VM to delete it';

/**
 * "Delete" for the selected VM: only a shut-off VM, and its volumes only when asked. When
 * it cannot, it stays focusable (aria-disabled) and says why, in its tooltip and description.
 */
export function DeleteVmButton() {
  const vm = useSelectedVm();
  const hostBlock = useHostBlock(vm?.hostId);
  const [open, setOpen] = useState(false);
  if (!vm) return null;
  const reason = hostBlock ?? (vm.state === 'shutoff' ? undefined : NOT_SHUT_OFF);
  return (
    <ToolbarItem>
      {/* aria="none": the button's description already carries the reason. */}
      <Tooltip content={reason ?? `Delete “${vm.name}” from its host`} aria="none">
        <Button
          variant="secondary"
          size="sm"
          isDanger
          icon={<TrashIcon />}
          isAriaDisabled={reason !== undefined}
          {...(reason === undefined ? {} : { 'aria-description': reason })}
          onClick={() => setOpen(true)}
        >
          Delete
        </Button>
      </Tooltip>
      {open && <DeleteVmModal vm={vm} onClose={() => setOpen(false)} />}
    </ToolbarItem>
  );
}

function DeleteVmModal({ vm, onClose }: { vm: VmSummary; onClose: () => void }) {
  const client = useClient();
  const [deleteVolumes, setDeleteVolumes] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { deletedVolumes } = await client.invoke('vms.delete', {
        hostId: vm.hostId,
        uuid: vm.uuid,
        deleteVolumes,
      });
      useVmsStore.getState().removeVm(vm.uuid);
      useUiStore.getState().selectVm(undefined);
      const volumes = deletedVolumes.length > 0 ? ` and ${deletedVolumes.join(', ')}` : '';
      useNotificationsStore.getState().notify('success', `Deleted “${vm.name}”${volumes}.`);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="vd-delete-vm-title">
      <ModalHeader
        title={`Delete “${vm.name}”?`}
        labelId="vd-delete-vm-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        {failure !== undefined && <Alert variant="danger" isInline title={failure} />}
        <p>Its definition is removed from the host. Disk images stay unless you tick below.</p>
        <Checkbox
          id="vd-delete-vm-volumes"
          label="Also delete the storage volumes only this VM uses"
          description="CD-ROM images and volumes other VMs use are kept. This cannot be undone."
          isChecked={deleteVolumes}
          onChange={(_event, checked) => setDeleteVolumes(checked)}
        />
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" isLoading={busy} isDisabled={busy} onClick={() => void confirm()}>
          Delete
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

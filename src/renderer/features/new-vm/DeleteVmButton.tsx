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
} from '@patternfly/react-core';
import { TrashIcon } from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { useSelectedVm } from '../toolbar/use-selected-vm';

const NOT_SHUT_OFF = 'Shut the VM down (or force it off) first.';

/** "Delete" for the selected VM: only a shut-off VM, and its volumes only when asked. */
export function DeleteVmButton() {
  const vm = useSelectedVm();
  const [open, setOpen] = useState(false);
  if (!vm) return null;
  const shutOff = vm.state === 'shutoff';
  return (
    <ToolbarItem>
      <Button
        variant="secondary"
        isDanger
        icon={<TrashIcon />}
        isAriaDisabled={!shutOff}
        {...(shutOff ? {} : { 'aria-description': NOT_SHUT_OFF })}
        onClick={() => setOpen(true)}
      >
        Delete
      </Button>
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

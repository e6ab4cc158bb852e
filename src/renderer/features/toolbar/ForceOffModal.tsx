import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useClient } from '../../app/client-context';
import { runLifecycleAction } from '../../app/lifecycle';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';

/** Force Off loses whatever the guest has not written to disk, so it is confirmed first. */
export function ForceOffModal() {
  const client = useClient();
  const uuid = useUiStore((state) => state.forceOffUuid);
  const close = useUiStore((state) => state.closeForceOff);
  const vm = useVmsStore((state) => (uuid === undefined ? undefined : state.byUuid[uuid]));
  if (!vm) return null;

  const confirm = () => {
    close();
    void runLifecycleAction(client, vm, 'destroy');
  };
  return (
    <Modal
      variant="small"
      isOpen
      onClose={close}
      aria-labelledby="force-off-title"
      aria-describedby="force-off-body"
    >
      <ModalHeader
        title={`Force off “${vm.name}”?`}
        labelId="force-off-title"
        titleIconVariant="warning"
      />
      <ModalBody id="force-off-body">
        The virtual machine stops at once, as if its power cord were pulled. Anything the guest has
        not saved is lost. Use Shut Down to let the guest stop cleanly.
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={confirm}>
          Force Off
        </Button>
        <Button variant="link" onClick={close}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

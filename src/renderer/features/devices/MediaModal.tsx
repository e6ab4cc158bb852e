import { useState } from 'react';
import {
  Alert,
  Button,
  Form,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';
import type { VmRef } from './device-actions';
import { loadDevices } from './device-actions';
import { TextField } from './form-fields';

/** Inserts or ejects a CD-ROM's media: an update of the drive, which stays attached. */
export function MediaModal({
  vm,
  target,
  title,
  onClose,
}: {
  vm: VmRef;
  target: string;
  title: string;
  onClose: () => void;
}) {
  const client = useClient();
  const [path, setPath] = useState('');
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string>();
  const pathError = path.trim().startsWith('/')
    ? undefined
    : 'Enter the absolute path of an ISO image on the host.';

  const apply = async (source: { type: 'none' } | { type: 'file'; path: string }) => {
    try {
      await client.invoke('devices.changeMedia', { ...vm, target, source });
      const done =
        source.type === 'none'
          ? `Ejected the media of ${title}.`
          : `Inserted ${source.path} in ${title}.`;
      useNotificationsStore.getState().notify('success', done);
      await loadDevices(client, vm);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="vd-media-title">
      <ModalHeader title={`Media of ${title}`} labelId="vd-media-title" />
      <ModalBody>
        <Form
          id="vd-media-form"
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (!pathError) void apply({ type: 'file', path: path.trim() });
          }}
        >
          <TextField
            id="vd-media-path"
            label="ISO image on the host"
            value={path}
            onChange={(next) => {
              setTouched(true);
              setPath(next);
            }}
            error={touched ? pathError : undefined}
            placeholder="/var/lib/libvirt/images/install.iso"
          />
          {failure && <Alert variant="danger" isInline title={failure} />}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" type="submit" form="vd-media-form">
          Insert
        </Button>
        <Button variant="secondary" onClick={() => void apply({ type: 'none' })}>
          Eject
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

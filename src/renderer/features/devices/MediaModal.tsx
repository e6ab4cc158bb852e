import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Radio,
} from '@patternfly/react-core';
import type { DiskSource } from '../../../shared/devices';
import type { HostResourceList } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { loadVmDetails } from '../../app/loaders';
import { useNotificationsStore } from '../../stores/notifications-store';
import { useVmDetailsStore } from '../../stores/vm-details-store';
import type { VmRef } from './device-actions';
import { loadDevices } from './device-actions';
import { NameField, TextField } from './form-fields';
import { initialPool } from './new-volume-form';
import { poolChoices, volumeChoices } from './pool-choices';

/**
 * Inserts, swaps or ejects a CD-ROM's media: an update of the drive, which stays attached.
 * It shows what the drive holds now, and the new media is an image on the host or a volume
 * of one of the host's pools (listed as Add hardware lists them).
 */
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
  const current = useVmDetailsStore(
    (state) => state.byUuid[vm.uuid]?.details?.disks.find((disk) => disk.target === target)?.source,
  );
  const [from, setFrom] = useState<'file' | 'volume'>('file');
  const [path, setPath] = useState('');
  const [pool, setPool] = useState('default');
  const [volume, setVolume] = useState('');
  const [resources, setResources] = useState<HostResourceList>();
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let active = true;
    // What the drive holds now, read fresh: the details may not have been loaded yet.
    void loadVmDetails(client, vm.hostId, vm.uuid);
    client
      .invoke('devices.hostResources', { hostId: vm.hostId })
      .then((list) => {
        if (!active) return;
        setResources(list);
        setPool((old) => initialPool(old, list));
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [client, vm.hostId, vm.uuid]);

  const pathError = path.trim().startsWith('/')
    ? undefined
    : 'Enter the absolute path of an ISO image on the host.';
  const poolError = pool.trim() === '' ? 'Choose the storage pool.' : undefined;
  const volumeError = volume.trim() === '' ? 'Choose the volume to insert.' : undefined;
  const chosen: DiskSource | undefined =
    from === 'file'
      ? pathError
        ? undefined
        : { type: 'file', path: path.trim() }
      : poolError || volumeError
        ? undefined
        : { type: 'volume', pool: pool.trim(), volume: volume.trim() };

  const apply = async (source: DiskSource) => {
    try {
      await client.invoke('devices.changeMedia', { ...vm, target, source });
      const done =
        source.type === 'none'
          ? `Ejected the media of ${title}.`
          : `Inserted ${source.type === 'volume' ? `${source.pool}/${source.volume}` : source.path} in ${title}.`;
      useNotificationsStore.getState().notify('success', done);
      await Promise.all([loadDevices(client, vm), loadVmDetails(client, vm.hostId, vm.uuid)]);
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  const pools = poolChoices(resources);
  const volumes = volumeChoices(resources, pool);
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="vd-media-title">
      <ModalHeader title={`Media of ${title}`} labelId="vd-media-title" />
      <ModalBody>
        {failure && <Alert variant="danger" isInline title={failure} />}
        <p>
          Now in the drive: <strong>{current ?? 'no media'}</strong>
        </p>
        <Form
          id="vd-media-form"
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (chosen) void apply(chosen);
          }}
        >
          <FormGroup role="radiogroup" isInline fieldId="vd-media-from" label="New media">
            <Radio
              id="vd-media-from-file"
              name="vd-media-from"
              label="Image on the host"
              isChecked={from === 'file'}
              onChange={() => setFrom('file')}
            />
            <Radio
              id="vd-media-from-volume"
              name="vd-media-from"
              label="Storage pool volume"
              isChecked={from === 'volume'}
              onChange={() => setFrom('volume')}
            />
          </FormGroup>
          {from === 'file' ? (
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
          ) : (
            <>
              <NameField
                id="vd-media-pool"
                label="Storage pool"
                value={pool}
                onChange={(next) => {
                  setPool(next);
                  setVolume('');
                }}
                error={touched ? poolError : undefined}
                choices={pools}
              />
              <NameField
                id="vd-media-volume"
                label="Volume"
                value={volume}
                onChange={setVolume}
                error={touched ? volumeError : undefined}
                choices={volumes}
              />
            </>
          )}
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

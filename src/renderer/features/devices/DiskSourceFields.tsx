import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
} from '@patternfly/react-core';
import type { HostSupport } from '../../../shared/host-support';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors, HardwareForm } from './hardware-form';
import { NameField, TextField } from './form-fields';
import { NewVolumeFields } from './NewVolumeFields';
import { suggestVolumeName } from './new-volume-form';
import { poolChoices, volumeChoices } from './pool-choices';

type Storage = HardwareForm['storage'];

/** What the storage page's parts are given. */
export interface StoragePageProps {
  storage: Storage;
  errors: FormErrors;
  onChange: (change: Partial<Storage>) => void;
  resources: HostResourceList | undefined;
  vmName: string;
  /** What the VM's host cannot do: buses and drive types it lacks are shown disabled. */
  support: HostSupport;
  /** What the host reports of the image's format, and a choice that contradicts it. */
  format?: { note?: string | undefined; problem?: string | undefined };
}

/** Where the disk's data comes from: a host file or device, a pool volume, or a new volume. */
export function DiskSourceFields({
  storage,
  errors,
  onChange,
  resources,
  vmName,
}: StoragePageProps) {
  // A new volume starts with a free name after the VM, which the user may change.
  const chooseNewVolume = () => {
    const { newVolume, pool } = storage;
    const name =
      newVolume.name === ''
        ? suggestVolumeName(vmName, pool, newVolume.format, resources)
        : newVolume.name;
    onChange({ sourceKind: 'new-volume', newVolume: { ...newVolume, name } });
  };
  const pools = poolChoices(resources);
  const volumes = volumeChoices(resources, storage.pool);
  return (
    <>
      <FormGroup role="radiogroup" isInline fieldId="vd-disk-source" label="Source">
        <Radio
          id="vd-disk-source-file"
          name="vd-disk-source"
          label="Image file or block device on the host"
          isChecked={storage.sourceKind === 'file'}
          onChange={() => onChange({ sourceKind: 'file' })}
        />
        <Radio
          id="vd-disk-source-volume"
          name="vd-disk-source"
          label="Storage pool volume"
          isChecked={storage.sourceKind === 'volume'}
          onChange={() => onChange({ sourceKind: 'volume' })}
        />
        <Radio
          id="vd-disk-source-new-volume"
          name="vd-disk-source"
          label="New volume in a pool"
          isChecked={storage.sourceKind === 'new-volume'}
          onChange={chooseNewVolume}
        />
        {errors['sourceKind'] !== undefined && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{errors['sourceKind']}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      {storage.sourceKind === 'new-volume' && (
        <NewVolumeFields
          storage={storage}
          errors={errors}
          onChange={onChange}
          resources={resources}
        />
      )}
      {storage.sourceKind === 'file' && (
        <TextField
          id="vd-disk-path"
          label="Path on the host"
          value={storage.path}
          onChange={(path) => onChange({ path })}
          error={errors['path']}
          placeholder="/var/lib/libvirt/images/data.qcow2"
          {...(storage.device === 'disk' ? {} : { hint: 'Leave empty for an empty drive.' })}
        />
      )}
      {storage.sourceKind === 'volume' && (
        <>
          <NameField
            id="vd-disk-pool"
            label="Storage pool"
            value={storage.pool}
            onChange={(pool) => onChange({ pool, volume: '' })}
            error={errors['pool']}
            choices={pools}
          />
          <NameField
            id="vd-disk-volume"
            label="Volume"
            value={storage.volume}
            onChange={(volume) => onChange({ volume })}
            error={errors['volume']}
            choices={volumes}
          />
        </>
      )}
    </>
  );
}

import { Checkbox, FormGroup, Grid, GridItem, Radio } from '@patternfly/react-core';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors, HardwareForm } from './hardware-form';
import { NameField, SelectField, TextField } from './form-fields';

type Storage = HardwareForm['storage'];

/** The storage page: an existing image file, block device or pool volume, and its bus. */
export function StorageFields({
  storage,
  errors,
  onChange,
  resources,
}: {
  storage: Storage;
  errors: FormErrors;
  onChange: (change: Partial<Storage>) => void;
  resources: HostResourceList | undefined;
}) {
  const pools = resources?.pools.map(
    (pool) => [pool.name, pool.active ? pool.name : `${pool.name} (inactive)`] as const,
  );
  const volumes = resources?.pools
    .find((pool) => pool.name === storage.pool)
    ?.volumes.map((volume) => [volume.name, volume.name] as const);
  return (
    <>
      <SelectField
        id="vd-disk-device"
        label="Device type"
        value={storage.device}
        options={[
          ['disk', 'Disk'],
          ['cdrom', 'CD-ROM drive'],
          ['floppy', 'Floppy drive'],
        ]}
        onChange={(device) => onChange({ device })}
      />
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
      </FormGroup>
      {storage.sourceKind === 'file' ? (
        <TextField
          id="vd-disk-path"
          label="Path on the host"
          value={storage.path}
          onChange={(path) => onChange({ path })}
          error={errors['path']}
          placeholder="/var/lib/libvirt/images/data.qcow2"
          {...(storage.device === 'disk' ? {} : { hint: 'Leave empty for an empty drive.' })}
        />
      ) : (
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
      {/* Side by side: the dialog must fit a 800 px high window. */}
      <Grid hasGutter md={6}>
        <GridItem>
          <SelectField
            id="vd-disk-bus"
            label="Bus"
            value={storage.bus}
            options={[
              ['', 'Automatic (virtio for disks)'],
              ['virtio', 'VirtIO'],
              ['scsi', 'SCSI'],
              ['sata', 'SATA'],
              ['usb', 'USB'],
              ['ide', 'IDE'],
            ]}
            onChange={(bus) => onChange({ bus })}
          />
        </GridItem>
        <GridItem>
          <SelectField
            id="vd-disk-format"
            label="Image format"
            value={storage.format}
            options={[
              ['', 'Raw (libvirt default)'],
              ['qcow2', 'QCOW2'],
              ['raw', 'Raw'],
            ]}
            onChange={(format) => onChange({ format })}
          />
        </GridItem>
      </Grid>
      <Checkbox
        id="vd-disk-readonly"
        label="Read-only"
        isChecked={storage.readonly || storage.device === 'cdrom'}
        isDisabled={storage.device === 'cdrom'}
        onChange={(_event, readonly) => onChange({ readonly })}
      />
    </>
  );
}

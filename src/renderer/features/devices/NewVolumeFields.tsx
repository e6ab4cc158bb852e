import { Grid, GridItem } from '@patternfly/react-core';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors, HardwareForm } from './hardware-form';
import { NameField, SelectField, TextField } from './form-fields';
import { renameForFormat } from './new-volume-form';
import { poolChoices } from './pool-choices';

type Storage = HardwareForm['storage'];

/** A new volume for the disk: the pool it is created in, its name, size and format. */
export function NewVolumeFields({
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
  const fields = storage.newVolume;
  const change = (patch: Partial<Storage['newVolume']>) =>
    onChange({ newVolume: { ...fields, ...patch } });
  const pools = poolChoices(resources);
  // Side by side, two rows: as tall as the existing-volume choice.
  return (
    <Grid hasGutter md={6}>
      <GridItem>
        <NameField
          id="vd-disk-new-pool"
          label="Storage pool"
          value={storage.pool}
          onChange={(pool) => onChange({ pool })}
          error={errors['pool']}
          choices={pools}
        />
      </GridItem>
      <GridItem>
        <TextField
          id="vd-disk-new-name"
          label="Volume name"
          value={fields.name}
          onChange={(name) => change({ name })}
          error={errors['newVolumeName']}
        />
      </GridItem>
      <GridItem>
        <TextField
          id="vd-disk-new-size"
          label="Size (GiB)"
          value={fields.sizeGiB}
          onChange={(sizeGiB) => change({ sizeGiB })}
          error={errors['newVolumeSize']}
        />
      </GridItem>
      <GridItem>
        <SelectField
          id="vd-disk-new-format"
          label="Volume format"
          value={fields.format}
          options={[
            ['qcow2', 'QCOW2 (grows as the guest writes)'],
            ['raw', 'Raw'],
          ]}
          onChange={(format) =>
            change({ format, name: renameForFormat(fields.name, fields.format, format) })
          }
        />
      </GridItem>
    </Grid>
  );
}

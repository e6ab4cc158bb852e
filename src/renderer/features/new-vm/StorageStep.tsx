import { Form } from '@patternfly/react-core';
import { VOLUME_FORMATS } from '../../../shared/vm-create';
import { NameField, SelectField, TextField } from '../devices/form-fields';
import type { NewVmForm } from './new-vm-form';
import { volumeNameOf } from './new-vm-form';
import type { StepProps } from './step-props';
import { poolChoices, volumeChoices } from './step-props';

const DISKS: readonly (readonly [NewVmForm['disk'], string])[] = [
  ['new', 'New volume in a pool'],
  ['volume', 'Existing volume in a pool'],
  ['path', 'Image file or block device on the host'],
  ['none', 'No disk'],
];

/** Step 3: the system disk. */
export function StorageStep({ form, errors, change, options }: StepProps) {
  const inPool = form.disk === 'new' || form.disk === 'volume';
  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="vd-new-vm-disk"
        label="System disk"
        value={form.disk}
        options={DISKS}
        onChange={(disk) => change({ disk })}
        error={errors['disk.kind']}
      />
      {inPool && (
        <NameField
          id="vd-new-vm-disk-pool"
          label="Storage pool"
          value={form.diskPool}
          choices={poolChoices(options)}
          onChange={(diskPool) => change({ diskPool, diskVolume: '' })}
          error={errors['disk.pool']}
        />
      )}
      {form.disk === 'new' && (
        <>
          <TextField
            id="vd-new-vm-volume-name"
            label="Volume name"
            value={volumeNameOf(form)}
            onChange={(diskName) => change({ diskName })}
            error={errors['disk.name']}
          />
          <TextField
            id="vd-new-vm-size"
            label="Size (GiB)"
            value={form.sizeGiB}
            onChange={(sizeGiB) => change({ sizeGiB })}
            error={errors['disk.sizeGiB']}
            hint="A qcow2 volume takes space only as the guest writes."
          />
          <SelectField
            id="vd-new-vm-format"
            label="Volume format"
            value={form.format}
            options={VOLUME_FORMATS.map((f) => [f, f] as const)}
            onChange={(format) => change({ format })}
          />
        </>
      )}
      {form.disk === 'volume' && (
        <NameField
          id="vd-new-vm-disk-volume"
          label="Volume"
          value={form.diskVolume}
          choices={volumeChoices(options, form.diskPool)}
          onChange={(diskVolume) => change({ diskVolume })}
          error={errors['disk.volume']}
        />
      )}
      {form.disk === 'path' && (
        <TextField
          id="vd-new-vm-disk-path"
          label="Path on the host"
          value={form.diskPath}
          onChange={(diskPath) => change({ diskPath })}
          error={errors['disk.path']}
          placeholder="/var/lib/libvirt/images/server.qcow2"
        />
      )}
    </Form>
  );
}

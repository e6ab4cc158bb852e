import { Form } from '@patternfly/react-core';
import { COMMON_OS_IDS, osLabelFromId } from '../../../shared/os-label';
import { NameField, SelectField, TextField } from '../devices/form-fields';
import type { NewVmForm } from './new-vm-form';
import type { StepProps } from './step-props';
import { poolChoices, volumeChoices } from './step-props';

const SOURCES: readonly (readonly [NewVmForm['source'], string])[] = [
  ['iso-volume', 'ISO image in a storage pool'],
  ['iso-path', 'ISO image on the host (path)'],
  ['import', 'Import an existing disk image'],
  ['network', 'Network boot (PXE)'],
];

/** The OS choices: the built-in list of libosinfo ids, named as the VM list names them. */
const OS_CHOICES: readonly (readonly [string, string])[] = [
  ['', 'Not specified'],
  ...COMMON_OS_IDS.map((id) => [id, osLabelFromId(id)] as const),
];

/** Step 1: the VM's name, its operating system and where that comes from. */
export function NameSourceStep({ form, errors, change, options }: StepProps) {
  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <TextField
        id="vd-new-vm-name"
        label="Name"
        value={form.name}
        onChange={(name) => change({ name })}
        error={errors['name']}
        hint="Letters, digits, - and _ make names that are easy to type in a shell."
      />
      <SelectField
        id="vd-new-vm-os"
        label="Operating system"
        value={form.osinfoId}
        options={OS_CHOICES}
        onChange={(osinfoId) => change({ osinfoId })}
        error={errors['osinfoId']}
        hint="Recorded in the VM's definition (libosinfo metadata) and shown in the VM list."
      />
      <SelectField
        id="vd-new-vm-source"
        label="Install from"
        value={form.source}
        options={SOURCES}
        onChange={(source) => change({ source })}
        hint={
          form.source === 'import'
            ? 'The system disk (next steps) holds the installed system; the VM boots from it.'
            : undefined
        }
      />
      {form.source === 'iso-volume' && (
        <>
          <NameField
            id="vd-new-vm-iso-pool"
            label="ISO storage pool"
            value={form.isoPool}
            choices={poolChoices(options)}
            onChange={(isoPool) => change({ isoPool, isoVolume: '' })}
            error={errors['source.pool']}
          />
          <NameField
            id="vd-new-vm-iso-volume"
            label="ISO image"
            value={form.isoVolume}
            choices={volumeChoices(options, form.isoPool, (name) => /\.iso$/i.test(name))}
            onChange={(isoVolume) => change({ isoVolume })}
            error={errors['source.volume']}
            placeholder="debian-12-netinst.iso"
          />
        </>
      )}
      {form.source === 'iso-path' && (
        <TextField
          id="vd-new-vm-iso-path"
          label="ISO path"
          value={form.isoPath}
          onChange={(isoPath) => change({ isoPath })}
          error={errors['source.path']}
          placeholder="/srv/iso/debian-12-netinst.iso"
        />
      )}
    </Form>
  );
}

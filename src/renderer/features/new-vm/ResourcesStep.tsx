import { Form } from '@patternfly/react-core';
import { SelectField, TextField } from '../devices/form-fields';
import { unavailableReason } from '../../../shared/host-support';
import type { StepProps } from './step-props';

export const FIRMWARE_CHOICES = [
  ['bios', 'BIOS'],
  ['efi', 'UEFI'],
  ['efi-secure', 'UEFI with Secure Boot'],
] as const;

/** Step 2: memory, vCPUs and firmware, within what the host offers. */
export function ResourcesStep({ form, errors, change, options }: StepProps) {
  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <TextField
        id="vd-new-vm-memory"
        label="Memory (MiB)"
        value={form.memoryMiB}
        onChange={(memoryMiB) => change({ memoryMiB })}
        error={errors['memoryMiB']}
        hint={`This host has ${options.maxMemoryMiB} MiB.`}
      />
      <TextField
        id="vd-new-vm-vcpus"
        label="vCPUs"
        value={form.vcpus}
        onChange={(vcpus) => change({ vcpus })}
        error={errors['vcpus']}
        hint={`At most ${options.maxVcpus} on this host.`}
      />
      <SelectField
        id="vd-new-vm-firmware"
        label="Firmware"
        value={form.firmware}
        options={FIRMWARE_CHOICES}
        onChange={(firmware) => change({ firmware })}
        error={errors['firmware']}
        unavailable={(firmware) =>
          unavailableReason({ unavailable: options.unavailable }, 'firmware', firmware)
        }
      />
    </Form>
  );
}

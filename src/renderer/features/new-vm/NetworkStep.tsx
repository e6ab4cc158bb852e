import { Form } from '@patternfly/react-core';
import { NameField, SelectField, TextField } from '../devices/form-fields';
import type { NewVmForm } from './new-vm-form';
import type { StepProps } from './step-props';

const NETWORKS: readonly (readonly [NewVmForm['network'], string])[] = [
  ['network', 'Virtual network'],
  ['bridge', 'Bridge on the host'],
  ['none', 'No network'],
];

/** Step 4: the network card's connection. */
export function NetworkStep({ form, errors, change, options }: StepProps) {
  return (
    <Form onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="vd-new-vm-network-kind"
        label="Connect to"
        value={form.network}
        options={NETWORKS}
        onChange={(network) => change({ network })}
      />
      {form.network === 'network' && (
        <NameField
          id="vd-new-vm-network"
          label="Network"
          value={form.networkName}
          choices={options.networks.map(
            (n) => [n.name, n.active ? n.name : `${n.name} (inactive)`] as const,
          )}
          onChange={(networkName) => change({ networkName })}
          error={errors['network.network']}
        />
      )}
      {form.network === 'bridge' && (
        <TextField
          id="vd-new-vm-bridge"
          label="Bridge"
          value={form.bridge}
          onChange={(bridge) => change({ bridge })}
          error={errors['network.bridge']}
          placeholder="br0"
        />
      )}
    </Form>
  );
}

import { FormGroup, Radio } from '@patternfly/react-core';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors, HardwareForm } from './hardware-form';
import { NameField, SelectField, TextField } from './form-fields';

type Network = HardwareForm['network'];

const SOURCE_LABEL: Record<Exclude<Network['sourceType'], 'user'>, string> = {
  network: 'Virtual network',
  bridge: 'Host bridge',
  direct: 'Host interface',
};

/** The network page: what the card connects to, its model and its MAC address. */
export function NetworkFields({
  network,
  errors,
  onChange,
  resources,
}: {
  network: Network;
  errors: FormErrors;
  onChange: (change: Partial<Network>) => void;
  resources: HostResourceList | undefined;
}) {
  const networks = resources?.networks.map(
    (net) => [net.name, net.active ? net.name : `${net.name} (inactive: start it first)`] as const,
  );
  return (
    <>
      <SelectField
        id="vd-nic-type"
        label="Connect to"
        value={network.sourceType}
        options={[
          ['network', 'Virtual network (NAT or routed)'],
          ['bridge', 'Host bridge'],
          ['direct', 'Host interface (macvtap)'],
          ['user', 'User-mode networking'],
        ]}
        onChange={(sourceType) =>
          onChange({ sourceType, source: sourceType === 'network' ? 'default' : '' })
        }
      />
      {network.sourceType !== 'user' && (
        <NameField
          id="vd-nic-source"
          label={SOURCE_LABEL[network.sourceType]}
          value={network.source}
          onChange={(source) => onChange({ source })}
          error={errors['source']}
          choices={network.sourceType === 'network' ? networks : undefined}
        />
      )}
      {network.sourceType === 'direct' && (
        <SelectField
          id="vd-nic-mode"
          label="macvtap mode"
          value={network.directMode}
          options={[
            ['bridge', 'Bridge'],
            ['vepa', 'VEPA'],
            ['private', 'Private'],
            ['passthrough', 'Passthrough'],
          ]}
          onChange={(directMode) => onChange({ directMode })}
        />
      )}
      <SelectField
        id="vd-nic-model"
        label="Device model"
        value={network.model}
        options={[
          ['virtio', 'VirtIO (best performance)'],
          ['e1000e', 'Intel e1000e'],
          ['e1000', 'Intel e1000'],
          ['rtl8139', 'Realtek RTL8139'],
        ]}
        onChange={(model) => onChange({ model })}
      />
      <FormGroup role="radiogroup" isInline fieldId="vd-nic-mac-mode" label="MAC address">
        <Radio
          id="vd-nic-mac-generate"
          name="vd-nic-mac-mode"
          label="Generate"
          isChecked={network.macMode === 'generate'}
          onChange={() => onChange({ macMode: 'generate' })}
        />
        <Radio
          id="vd-nic-mac-set"
          name="vd-nic-mac-mode"
          label="Set"
          isChecked={network.macMode === 'set'}
          onChange={() => onChange({ macMode: 'set' })}
        />
      </FormGroup>
      {network.macMode === 'set' && (
        <TextField
          id="vd-nic-mac"
          label="MAC"
          value={network.mac}
          onChange={(mac) => onChange({ mac })}
          error={errors['mac']}
          placeholder="52:54:00:12:34:56"
        />
      )}
    </>
  );
}

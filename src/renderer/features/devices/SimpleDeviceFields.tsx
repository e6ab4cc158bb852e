import { Checkbox } from '@patternfly/react-core';
import type { FormErrors } from './hardware-form';
import { SelectField, TextField } from './form-fields';
import { simplePage } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';
import { hintOf } from './simple-fields';
import { choiceOfField, reasonsFor } from './use-host-support';
import type { HostSupport } from '../../../shared/host-support';

/** A page drawn from the simple-device table: its fields, each with its problem under it. */
export function SimpleDeviceFields({
  kind,
  values,
  errors,
  onChange,
  support,
}: {
  kind: SimpleKind;
  values: SimpleValues;
  errors: FormErrors;
  onChange: (change: SimpleValues) => void;
  /** What the VM's host cannot do: such options are shown disabled, with why. */
  support: HostSupport;
}) {
  return (
    <>
      {simplePage(kind)
        .fields.filter((field) => !field.when || field.when(values))
        .map((field) => {
          const id = `vd-${kind}-${field.name}`;
          const value = values[field.name] ?? '';
          const set = (next: string) => onChange({ [field.name]: next });
          const hint = hintOf(field, values);
          if (field.checkbox) {
            return (
              <Checkbox
                key={id}
                id={id}
                label={field.label}
                isChecked={value === 'true'}
                onChange={(_event, checked) => set(checked ? 'true' : '')}
                {...(hint === undefined ? {} : { description: hint })}
              />
            );
          }
          if (field.options) {
            const choice = choiceOfField(kind, field.name);
            return (
              <SelectField
                key={id}
                id={id}
                label={field.label}
                value={value}
                options={field.options}
                onChange={set}
                error={errors[field.name]}
                hint={hint}
                unavailable={choice === undefined ? undefined : reasonsFor(support, choice)}
              />
            );
          }
          return (
            <TextField
              key={id}
              id={id}
              label={field.label}
              value={value}
              onChange={set}
              error={errors[field.name]}
              {...(hint === undefined ? {} : { hint })}
              {...(field.placeholder === undefined ? {} : { placeholder: field.placeholder })}
            />
          );
        })}
    </>
  );
}

import { Checkbox } from '@patternfly/react-core';
import type { FormErrors } from './hardware-form';
import { SelectField, TextField } from './form-fields';
import { simplePage } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';
import { hintOf } from './simple-fields';

/** A page drawn from the simple-device table: its fields, each with its problem under it. */
export function SimpleDeviceFields({
  kind,
  values,
  errors,
  onChange,
}: {
  kind: SimpleKind;
  values: SimpleValues;
  errors: FormErrors;
  onChange: (change: SimpleValues) => void;
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

import { Checkbox } from '@patternfly/react-core';
import type { FormErrors } from './hardware-form';
import { SelectField, TextField } from './form-fields';
import { simplePage } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';

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
          if (field.checkbox) {
            return (
              <Checkbox
                key={id}
                id={id}
                label={field.label}
                isChecked={value === 'true'}
                onChange={(_event, checked) => set(checked ? 'true' : '')}
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
              {...(field.hint === undefined ? {} : { hint: field.hint })}
              {...(field.placeholder === undefined ? {} : { placeholder: field.placeholder })}
            />
          );
        })}
    </>
  );
}

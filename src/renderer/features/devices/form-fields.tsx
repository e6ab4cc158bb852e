import {
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';

/** A labelled text field whose problem, if any, shows right under it. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  placeholder?: string;
}) {
  const helpId = `${id}-help`;
  const help = error ?? hint;
  return (
    <FormGroup label={label} fieldId={id}>
      <TextInput
        id={id}
        value={value}
        onChange={(_event, next) => onChange(next)}
        validated={error ? 'error' : 'default'}
        {...(placeholder === undefined ? {} : { placeholder })}
        {...(help === undefined ? {} : { 'aria-describedby': helpId })}
      />
      <FieldHelp id={helpId} error={error} hint={hint} />
    </FormGroup>
  );
}

/**
 * A labelled select over a fixed list of [value, label] options. Options the host cannot
 * do (`unavailable` gives the reason) are shown disabled; if one is selected all the same,
 * its reason is the field's error.
 */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  error: fieldError,
  hint,
  unavailable,
}: {
  id: string;
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
  error?: string | undefined;
  hint?: string | undefined;
  unavailable?: ((value: V) => string | undefined) | undefined;
}) {
  const helpId = `${id}-help`;
  const error = fieldError ?? unavailable?.(value);
  const disabledHint = options
    .flatMap(([optionValue]) => (optionValue === value ? [] : (unavailable?.(optionValue) ?? [])))
    .filter((reason, index, all) => all.indexOf(reason) === index);
  if (hint !== undefined) disabledHint.unshift(hint);
  const shownHint = disabledHint.length > 0 ? disabledHint.join(' ') : undefined;
  const help = error ?? shownHint;
  return (
    <FormGroup label={label} fieldId={id}>
      <FormSelect
        id={id}
        value={value}
        validated={error ? 'error' : 'default'}
        onChange={(_event, next) => onChange(next as V)}
        {...(help === undefined ? {} : { 'aria-describedby': helpId })}
      >
        {options.map(([optionValue, optionLabel]) => {
          const reason = unavailable?.(optionValue);
          return (
            <FormSelectOption
              key={optionValue}
              value={optionValue}
              label={reason === undefined ? optionLabel : `${optionLabel} (not on this host)`}
              isDisabled={reason !== undefined && optionValue !== value}
            />
          );
        })}
      </FormSelect>
      <FieldHelp id={helpId} error={error} hint={shownHint} />
    </FormGroup>
  );
}

/**
 * A name the host knows (a network, a pool, a volume): a select over what the host listed,
 * or a text field when it listed nothing (an older host, or none defined yet).
 */
export function NameField({
  choices,
  placeholder,
  ...field
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  choices: readonly (readonly [string, string])[] | undefined;
  placeholder?: string;
}) {
  if (!choices || choices.length === 0) {
    return <TextField {...field} {...(placeholder === undefined ? {} : { placeholder })} />;
  }
  const known = choices.some(([value]) => value === field.value);
  return (
    <SelectField
      {...field}
      value={known ? field.value : ''}
      options={[['', `Choose…`], ...choices]}
    />
  );
}

/** A field's problem, or else its hint, under it; the field names it in aria-describedby. */
function FieldHelp({
  id,
  error,
  hint,
}: {
  id: string;
  error: string | undefined;
  hint: string | undefined;
}) {
  const help = error ?? hint;
  if (help === undefined) return null;
  return (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error ? 'error' : 'default'}>{help}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

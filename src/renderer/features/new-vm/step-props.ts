import type { NewVmOptions } from '../../../shared/vm-create';
import type { FieldErrors, NewVmForm } from './new-vm-form';

/** What every wizard step gets: the form, its problems, a way to change it, the host's choices. */
export interface StepProps {
  form: NewVmForm;
  errors: FieldErrors;
  change: (patch: Partial<NewVmForm>) => void;
  options: NewVmOptions;
}

export const poolChoices = (options: NewVmOptions) =>
  options.pools.filter((p) => p.active).map((p) => [p.name, p.name] as const);

export const volumeChoices = (options: NewVmOptions, pool: string, filter = (_: string) => true) =>
  (options.pools.find((p) => p.name === pool)?.volumes ?? [])
    .filter((v) => filter(v.name))
    .map((v) => [v.name, v.name] as const);

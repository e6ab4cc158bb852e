import type { DeviceSpecInput } from '../../../shared/ipc/contract';
import type { FormErrors } from './hardware-form';

/** The devices whose page is drawn from the table in simple-devices.ts, by spec kind. */
export type SimpleKind =
  | 'rng'
  | 'tpm'
  | 'watchdog'
  | 'channel'
  | 'filesystem'
  | 'input'
  | 'sound'
  | 'vsock'
  | 'serial'
  | 'console'
  | 'controller'
  | 'video'
  | 'graphics'
  | 'redirdev'
  | 'smartcard'
  | 'memory';

/** A simple page's values as typed, by field name; a checkbox holds 'true' or ''. */
export type SimpleValues = Readonly<Record<string, string>>;

export type Options = readonly (readonly [string, string])[];

/** One control of a simple page: a select when it has options, else a text field. */
export interface SimpleField {
  name: string;
  label: string;
  options?: Options;
  checkbox?: boolean;
  /** Help under the field; a function when it depends on the page's values. */
  hint?: string | ((values: SimpleValues) => string | undefined);
  placeholder?: string;
  /** Shown only when this holds for the page's values. */
  when?: (values: SimpleValues) => boolean;
}

export interface SimplePage {
  kind: SimpleKind;
  label: string;
  fields: readonly SimpleField[];
  initial: SimpleValues;
  /** The spec, or undefined after putting the problems into errors. */
  build: (values: SimpleValues, errors: FormErrors) => DeviceSpecInput | undefined;
}

export const same = (...values: string[]): Options =>
  values.map((value) => [value, value] as const);
export const trimmed = (values: SimpleValues, name: string) => (values[name] ?? '').trim();

export function absolutePath(values: SimpleValues, name: string, errors: FormErrors, what: string) {
  const path = trimmed(values, name);
  if (path === '') errors[name] = `Enter the ${what}.`;
  else if (!path.startsWith('/')) errors[name] = 'Use an absolute path, starting with /.';
  return path;
}

/** The field's hint for these values, if any. */
export const hintOf = (field: SimpleField, values: SimpleValues): string | undefined =>
  typeof field.hint === 'function' ? field.hint(values) : field.hint;

/** undefined when left empty, NaN when not a whole number in [min, max]. */
export function optionalInt(values: SimpleValues, name: string, min: number, max: number) {
  const text = trimmed(values, name);
  if (text === '') return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  return value >= min && value <= max ? value : NaN;
}

/** The host side of a serial port, console or channel: these fields, then chardevSource. */
export const chardevFields = (types: Options): SimpleField[] => [
  { name: 'sourceType', label: 'Host side', options: types },
  {
    name: 'path',
    label: 'Path on the host',
    placeholder: '/var/lib/libvirt/qemu/channel.sock',
    hint: 'Leave empty for a socket libvirt names itself.',
    when: (v) => v['sourceType'] === 'file' || v['sourceType'] === 'unix',
  },
  { name: 'host', label: 'TCP host', when: (v) => v['sourceType'] === 'tcp' },
  { name: 'port', label: 'TCP port', when: (v) => v['sourceType'] === 'tcp' },
  {
    name: 'mode',
    label: 'Socket mode',
    options: [
      ['bind', 'Listen (bind)'],
      ['connect', 'Connect'],
    ],
    when: (v) => v['sourceType'] === 'unix' || v['sourceType'] === 'tcp',
  },
];
export const PTY: Options = [['pty', 'Pseudo-terminal (pty)']];
export const STREAMS: Options = [
  ...PTY,
  ['file', 'Log to a file'],
  ['unix', 'UNIX socket'],
  ['tcp', 'TCP socket'],
];
export const CHARDEV_INITIAL = { path: '', host: '127.0.0.1', port: '', mode: 'bind' };

export function chardevSource(values: SimpleValues, errors: FormErrors) {
  const mode = values['mode'] === 'connect' ? ('connect' as const) : ('bind' as const);
  switch (values['sourceType'] ?? 'pty') {
    case 'file':
      return { type: 'file' as const, path: absolutePath(values, 'path', errors, 'file path') };
    case 'unix': {
      const path = trimmed(values, 'path');
      if (path === '' && mode === 'bind') return { type: 'unix' as const, mode };
      return { type: 'unix' as const, mode, path: absolutePath(values, 'path', errors, 'socket') };
    }
    case 'tcp': {
      const host = trimmed(values, 'host');
      if (host === '') errors['host'] = 'Enter a host name or address, e.g. 127.0.0.1.';
      const port = optionalInt(values, 'port', 1, 65535);
      if (port === undefined || Number.isNaN(port))
        errors['port'] = 'A TCP port is a number from 1 to 65535.';
      return { type: 'tcp' as const, host, port: port ?? 0, mode };
    }
    case 'spicevmc':
      return { type: 'spicevmc' as const };
    default:
      return { type: 'pty' as const };
  }
}

export const ok = (errors: FormErrors) => Object.keys(errors).length === 0;

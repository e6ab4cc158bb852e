import type { FormErrors } from './hardware-form';
import {
  CHARDEV_INITIAL,
  PTY,
  STREAMS,
  absolutePath,
  chardevFields,
  chardevSource,
  ok,
  optionalInt,
  same,
  trimmed,
} from './simple-fields';
import type { SimpleKind, SimplePage, SimpleValues } from './simple-fields';
import { DISPLAY_PAGES } from './simple-devices-display';
import { MEMORY_PAGE } from './simple-devices-memory';

export type { SimpleKind, SimpleValues } from './simple-fields';

/** The pages, most used first. */
export const SIMPLE_PAGES: readonly SimplePage[] = [
  {
    kind: 'rng',
    label: 'Random number generator',
    fields: [
      {
        name: 'backend',
        label: 'Entropy source',
        options: [
          ['random', 'A host random device'],
          ['builtin', 'QEMU built-in'],
        ],
      },
      { name: 'path', label: 'Host device', when: (v) => v['backend'] === 'random' },
    ],
    initial: { backend: 'random', path: '/dev/urandom' },
    build: (v, errors) => {
      if (v['backend'] === 'builtin') return { kind: 'rng', backend: { type: 'builtin' } };
      const path = absolutePath(v, 'path', errors, 'host device, e.g. /dev/urandom');
      return ok(errors) ? { kind: 'rng', backend: { type: 'random', path } } : undefined;
    },
  },
  {
    kind: 'tpm',
    label: 'TPM',
    fields: [
      { name: 'model', label: 'TPM model', options: same('tpm-crb', 'tpm-tis', 'tpm-spapr') },
      {
        name: 'backend',
        label: 'TPM backend',
        options: [
          ['emulator', 'Emulated (swtpm)'],
          ['passthrough', 'The host TPM (passthrough)'],
        ],
      },
      {
        name: 'version',
        label: 'TPM version',
        options: same('2.0', '1.2'),
        when: (v) => v['backend'] === 'emulator',
      },
      { name: 'path', label: 'Host TPM device', when: (v) => v['backend'] === 'passthrough' },
    ],
    initial: { model: 'tpm-crb', backend: 'emulator', version: '2.0', path: '/dev/tpm0' },
    build: (v, errors) => {
      const model = v['model'] as 'tpm-crb' | 'tpm-tis' | 'tpm-spapr';
      if (v['backend'] === 'emulator') {
        const version = v['version'] === '1.2' ? ('1.2' as const) : ('2.0' as const);
        return { kind: 'tpm', model, backend: { type: 'emulator', version } };
      }
      const path = absolutePath(v, 'path', errors, 'host TPM device, e.g. /dev/tpm0');
      return ok(errors)
        ? { kind: 'tpm', model, backend: { type: 'passthrough', path } }
        : undefined;
    },
  },
  {
    kind: 'watchdog',
    label: 'Watchdog',
    fields: [
      {
        name: 'model',
        label: 'Watchdog model',
        options: same('i6300esb', 'itco', 'ib700', 'diag288'),
      },
      {
        name: 'action',
        label: 'When the guest stops responding',
        options: [
          ['reset', 'Reset the VM'],
          ['shutdown', 'Shut the guest down'],
          ['poweroff', 'Power the VM off'],
          ['pause', 'Pause the VM'],
          ['dump', 'Dump the guest core'],
          ['inject-nmi', 'Inject an NMI'],
          ['none', 'Do nothing'],
        ],
      },
    ],
    initial: { model: 'i6300esb', action: 'reset' },
    build: (v) => ({
      kind: 'watchdog',
      model: v['model'] as 'i6300esb',
      action: v['action'] as 'reset',
    }),
  },
  {
    kind: 'channel',
    label: 'Channel',
    fields: [
      {
        name: 'name',
        label: 'Channel name',
        hint: 'org.qemu.guest_agent.0 for the QEMU guest agent, com.redhat.spice.0 for SPICE.',
      },
      ...chardevFields([['unix', 'UNIX socket'], ['spicevmc', 'SPICE'], ...PTY]),
    ],
    initial: { name: 'org.qemu.guest_agent.0', sourceType: 'unix', ...CHARDEV_INITIAL },
    build: (v, errors) => {
      const name = trimmed(v, 'name');
      if (name === '') errors['name'] = 'Enter the channel name, e.g. org.qemu.guest_agent.0.';
      const source = chardevSource(v, errors);
      return ok(errors) ? { kind: 'channel', name, source } : undefined;
    },
  },
  {
    kind: 'filesystem',
    label: 'Shared folder',
    fields: [
      {
        name: 'driver',
        label: 'Sharing driver',
        options: [
          ['virtiofs', 'virtiofs (needs shared memory)'],
          ['path', '9p'],
        ],
      },
      { name: 'source', label: 'Folder on the host', placeholder: '/srv/share' },
      {
        name: 'tag',
        label: 'Mount tag',
        hint: 'The guest mounts it with: mount -t virtiofs TAG /mnt',
      },
      { name: 'readonly', label: 'Read-only', checkbox: true },
    ],
    initial: { driver: 'virtiofs', source: '', tag: '', readonly: '' },
    build: (v, errors) => {
      const source = absolutePath(v, 'source', errors, 'folder on the host');
      const tag = trimmed(v, 'tag');
      if (tag === '') errors['tag'] = 'Enter the tag the guest mounts it by.';
      else if (tag.length > 36) errors['tag'] = 'A mount tag has at most 36 characters.';
      if (!ok(errors)) return undefined;
      const driver = v['driver'] === 'path' ? ('path' as const) : ('virtiofs' as const);
      return { kind: 'filesystem', driver, source, tag, readonly: v['readonly'] === 'true' };
    },
  },
  {
    kind: 'input',
    label: 'Input device',
    fields: [
      {
        name: 'type',
        label: 'Input type',
        options: [
          ['tablet', 'Tablet (absolute pointer)'],
          ['keyboard', 'Keyboard'],
          ['mouse', 'Mouse'],
        ],
      },
      {
        name: 'bus',
        label: 'Input bus',
        options: [
          ['usb', 'USB'],
          ['virtio', 'virtio'],
        ],
      },
    ],
    initial: { type: 'tablet', bus: 'usb' },
    build: (v) => ({ kind: 'input', type: v['type'] as 'tablet', bus: v['bus'] as 'usb' }),
  },
  {
    kind: 'sound',
    label: 'Sound card',
    fields: [
      {
        name: 'model',
        label: 'Sound model',
        options: same('ich9', 'ich6', 'ich7', 'ac97', 'es1370', 'sb16', 'usb'),
      },
    ],
    initial: { model: 'ich9' },
    build: (v) => ({ kind: 'sound', model: v['model'] as 'ich9' }),
  },
  ...DISPLAY_PAGES,
  {
    kind: 'vsock',
    label: 'vsock',
    fields: [
      {
        name: 'cid',
        label: 'Guest CID',
        hint: 'Leave empty for libvirt to pick a free one.',
      },
    ],
    initial: { cid: '' },
    build: (v, errors) => {
      const cid = optionalInt(v, 'cid', 3, 0xfffffffe);
      if (Number.isNaN(cid)) errors['cid'] = 'A CID is a whole number from 3 to 4294967294.';
      if (!ok(errors)) return undefined;
      return cid === undefined ? { kind: 'vsock' } : { kind: 'vsock', cid };
    },
  },
  {
    kind: 'serial',
    label: 'Serial port',
    fields: chardevFields(STREAMS),
    initial: { sourceType: 'pty', ...CHARDEV_INITIAL },
    build: (v, errors) => {
      const source = chardevSource(v, errors);
      return ok(errors) ? { kind: 'serial', source } : undefined;
    },
  },
  {
    kind: 'console',
    label: 'Console',
    fields: [
      {
        name: 'target',
        label: 'Console type',
        options: [
          ['virtio', 'virtio'],
          ['serial', 'Serial'],
        ],
      },
      ...chardevFields(STREAMS),
    ],
    initial: { target: 'virtio', sourceType: 'pty', ...CHARDEV_INITIAL },
    build: (v, errors) => {
      const source = chardevSource(v, errors);
      const target = v['target'] === 'serial' ? ('serial' as const) : ('virtio' as const);
      return ok(errors) ? { kind: 'console', target, source } : undefined;
    },
  },
  {
    kind: 'controller',
    label: 'Controller',
    fields: [
      {
        name: 'type',
        label: 'Controller type',
        options: same('scsi', 'usb', 'virtio-serial', 'sata', 'ccid', 'pci'),
      },
      {
        name: 'model',
        label: 'Controller model',
        placeholder: 'virtio-scsi, qemu-xhci, pcie-root-port…',
        hint: 'Leave empty for libvirt’s default for the type.',
      },
      { name: 'index', label: 'Index', hint: 'Leave empty for the next free one.' },
    ],
    initial: { type: 'scsi', model: '', index: '' },
    build: (v, errors) => {
      const index = optionalInt(v, 'index', 0, 0xffff);
      if (Number.isNaN(index)) errors['index'] = 'An index is a whole number, 0 or more.';
      if (!ok(errors)) return undefined;
      const model = trimmed(v, 'model');
      return {
        kind: 'controller',
        type: v['type'] as 'scsi',
        ...(model === '' ? {} : { model }),
        ...(index === undefined ? {} : { index }),
      };
    },
  },
  MEMORY_PAGE,
];

export const simplePage = (kind: SimpleKind): SimplePage =>
  SIMPLE_PAGES.find((page) => page.kind === kind) ?? (SIMPLE_PAGES[0] as SimplePage);

/** Each simple page's starting values, by kind. */
export const SIMPLE_INITIAL = Object.fromEntries(
  SIMPLE_PAGES.map((page) => [page.kind, page.initial]),
) as Record<SimpleKind, SimpleValues>;

/** The spec a simple page sends, or the problems that keep it from being sent. */
export function simpleSpec(kind: SimpleKind, values: SimpleValues) {
  const errors: FormErrors = {};
  const page = simplePage(kind);
  const shown = Object.fromEntries(
    page.fields.filter((f) => !f.when || f.when(values)).map((f) => [f.name, values[f.name] ?? '']),
  );
  const spec = page.build(shown, errors);
  return ok(errors) && spec ? { spec, errors } : { errors };
}

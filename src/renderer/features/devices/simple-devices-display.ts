import type { FormErrors } from './hardware-form';
import { ok, optionalInt, same, trimmed } from './simple-fields';
import type { SimplePage, SimpleValues } from './simple-fields';

/** The pages for what the user sees and what reaches the guest through the display. */

type VideoModel = 'virtio' | 'qxl' | 'vga' | 'bochs' | 'ramfb' | 'cirrus' | 'none';

const video: SimplePage = {
  kind: 'video',
  label: 'Video card',
  fields: [
    {
      name: 'model',
      label: 'Video model',
      options: [
        ['virtio', 'virtio (modern guests)'],
        ['qxl', 'QXL (for SPICE)'],
        ['vga', 'VGA'],
        ['bochs', 'Bochs (UEFI guests)'],
        ['ramfb', 'ramfb (a plain framebuffer)'],
        ['cirrus', 'Cirrus (old guests)'],
        ['none', 'None (no video card)'],
      ],
      hint: 'A video card joins the saved definition and works from the next boot.',
    },
    {
      name: 'heads',
      label: 'Screens (heads)',
      hint: 'Leave empty for one screen.',
      when: (v) => v['model'] === 'virtio' || v['model'] === 'qxl',
    },
    {
      name: 'accel3d',
      label: '3D acceleration',
      checkbox: true,
      hint: 'Needs OpenGL on the host: a SPICE display with OpenGL, or egl-headless.',
      when: (v) => v['model'] === 'virtio',
    },
  ],
  initial: { model: 'virtio', heads: '', accel3d: '' },
  build: (v, errors) => {
    const model = (v['model'] ?? 'virtio') as VideoModel;
    const heads = optionalInt(v, 'heads', 1, 16);
    if (Number.isNaN(heads)) errors['heads'] = 'Screens are a whole number from 1 to 16.';
    if (!ok(errors)) return undefined;
    return {
      kind: 'video',
      model,
      ...(heads === undefined ? {} : { heads }),
      ...(v['accel3d'] === 'true' ? { accel3d: true } : {}),
    };
  },
};

/** The keymaps QEMU ships, for a VNC client that sends raw key codes. */
const KEYMAPS = same(
  'en-us',
  'en-gb',
  'de',
  'de-ch',
  'fr',
  'fr-be',
  'fr-ca',
  'fr-ch',
  'es',
  'it',
  'pt',
  'pt-br',
  'nl',
  'nl-be',
  'da',
  'no',
  'sv',
  'fi',
  'is',
  'et',
  'lt',
  'lv',
  'pl',
  'hu',
  'hr',
  'sl',
  'mk',
  'ru',
  'tr',
  'ar',
  'th',
  'ja',
);

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i;

/** Whether `text` is an IPv4 or IPv6 address, as libvirt's listen address must be. */
export function isIpAddress(text: string): boolean {
  const v4 = IPV4.exec(text);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255);
  return IPV6.test(text) && text.split('::').length <= 2;
}

const graphics: SimplePage = {
  kind: 'graphics',
  label: 'Display (VNC or SPICE)',
  fields: [
    {
      name: 'type',
      label: 'Display type',
      options: [
        ['vnc', 'VNC'],
        ['spice', 'SPICE'],
      ],
      hint: 'One display of each type per VM. It joins the saved definition, from the next boot.',
    },
    {
      name: 'listen',
      label: 'Listen on',
      options: [
        ['local', 'This host only (127.0.0.1)'],
        ['address', 'An address of the host'],
        ['socket', 'A UNIX socket only (no TCP port)'],
      ],
      hint: (v) =>
        v['listen'] === 'address'
          ? 'The display has no password: anyone who reaches that address can use it.'
          : undefined,
    },
    { name: 'address', label: 'Listen address', when: (v) => v['listen'] === 'address' },
    {
      name: 'port',
      label: 'Port',
      hint: 'Leave empty to take the first free port from 5900.',
      when: (v) => v['listen'] !== 'socket',
    },
    {
      name: 'keymap',
      label: 'Keymap',
      options: [['', 'The client’s (usual)'], ...KEYMAPS],
      hint: 'Set one only for a client that sends raw key codes.',
    },
  ],
  initial: { type: 'vnc', listen: 'local', address: '', port: '', keymap: '' },
  build: (v, errors) => {
    const listen = listenOf(v, errors);
    const port = optionalInt(v, 'port', 5900, 65535);
    if (Number.isNaN(port)) {
      errors['port'] =
        'A display port is a number from 5900 to 65535; leave it empty for automatic.';
    }
    if (!ok(errors)) return undefined;
    const keymap = trimmed(v, 'keymap');
    return {
      kind: 'graphics',
      type: v['type'] === 'spice' ? 'spice' : 'vnc',
      listen,
      ...(port === undefined || listen.type === 'socket' ? {} : { port }),
      ...(keymap === '' ? {} : { keymap }),
    };
  },
};

function listenOf(v: SimpleValues, errors: FormErrors) {
  if (v['listen'] === 'socket') return { type: 'socket' as const };
  if (v['listen'] !== 'address') return { type: 'address' as const, address: '127.0.0.1' };
  const address = trimmed(v, 'address');
  if (address === '') errors['address'] = 'Enter an IP address of the host, e.g. 192.168.122.1.';
  else if (!isIpAddress(address)) {
    errors['address'] = 'Enter an IP address (like 192.168.122.1 or fd00::1), not a host name.';
  }
  return { type: 'address' as const, address };
}

const NEEDS_SPICE = 'Needs a SPICE display in the VM: add one first if it has only VNC.';
const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;

const redirdev: SimplePage = {
  kind: 'redirdev',
  label: 'USB redirection',
  fields: [
    {
      name: 'source',
      label: 'Redirect from',
      options: [
        ['spicevmc', 'The SPICE client'],
        ['tcp', 'A usbredir server (TCP)'],
      ],
      hint: (v) => (v['source'] === 'tcp' ? undefined : NEEDS_SPICE),
    },
    { name: 'host', label: 'Server host', when: (v) => v['source'] === 'tcp' },
    { name: 'port', label: 'Server port', when: (v) => v['source'] === 'tcp' },
  ],
  initial: { source: 'spicevmc', host: '', port: '' },
  build: (v, errors) => {
    if (v['source'] !== 'tcp') return { kind: 'redirdev', source: { type: 'spicevmc' } };
    const host = trimmed(v, 'host');
    if (host === '') errors['host'] = 'Enter the usbredir server, e.g. 192.168.1.20.';
    else if (!HOST.test(host) && !isIpAddress(host)) {
      errors['host'] = 'Enter a host name or an IP address, e.g. usb.example or 192.168.1.20.';
    }
    const port = optionalInt(v, 'port', 1, 65535);
    if (port === undefined || Number.isNaN(port))
      errors['port'] = 'A TCP port is a number from 1 to 65535.';
    if (!ok(errors)) return undefined;
    return { kind: 'redirdev', source: { type: 'tcp', host, port: port ?? 0 } };
  },
};

const smartcard: SimplePage = {
  kind: 'smartcard',
  label: 'Smartcard reader',
  fields: [
    {
      name: 'mode',
      label: 'Smartcard from',
      options: [
        ['passthrough', 'The SPICE client’s reader (passthrough)'],
        ['host', 'The host’s reader'],
      ],
      hint: (v) =>
        v['mode'] === 'host' ? 'QEMU reads the card through the host’s NSS database.' : NEEDS_SPICE,
    },
  ],
  initial: { mode: 'passthrough' },
  build: (v) => ({ kind: 'smartcard', mode: v['mode'] === 'host' ? 'host' : 'passthrough' }),
};

export const DISPLAY_PAGES: readonly SimplePage[] = [video, graphics, redirdev, smartcard];

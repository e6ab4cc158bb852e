// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import { INITIAL_FORM, specFromForm } from '../../../src/renderer/features/devices/hardware-form';
import { isIpAddress } from '../../../src/renderer/features/devices/simple-devices-display';
import type { SimpleKind } from '../../../src/renderer/features/devices/simple-devices';
import { DeviceSpec } from '../../../src/shared/devices';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

/** The Add hardware pages for video, displays, USB redirection, smartcards and memory. */

beforeEach(resetStores);
afterEach(cleanup);

/** The spec (or the problems) a simple page gives for its defaults changed by `values`. */
const simple = (type: SimpleKind, values: Record<string, string> = {}) => {
  const result = specFromForm({
    ...INITIAL_FORM,
    type,
    simple: { ...INITIAL_FORM.simple, [type]: { ...INITIAL_FORM.simple[type], ...values } },
  });
  // Whatever the page sends, the contract accepts.
  if (result.spec) expect(DeviceSpec.safeParse(result.spec).success).toBe(true);
  return result;
};

describe('the video page', () => {
  it('sends the model, and heads and 3D only where they apply', () => {
    expect(simple('video').spec).toEqual({ kind: 'video', model: 'virtio' });
    expect(simple('video', { heads: '2', accel3d: 'true' }).spec).toEqual({
      kind: 'video',
      model: 'virtio',
      heads: 2,
      accel3d: true,
    });
    // 3D is a virtio option; heads mean nothing to VGA.
    expect(simple('video', { model: 'qxl', accel3d: 'true' }).spec).toEqual({
      kind: 'video',
      model: 'qxl',
    });
    expect(simple('video', { model: 'vga', heads: '99' }).spec).toEqual({
      kind: 'video',
      model: 'vga',
    });
  });

  it('asks for 1 to 16 screens', () => {
    expect(simple('video', { heads: '17' }).errors).toEqual({
      heads: 'Screens are a whole number from 1 to 16.',
    });
    expect(simple('video', { heads: 'two' }).errors['heads']).toMatch(/1 to 16/);
  });
});

describe('the display page', () => {
  it('listens on this host only, on an automatic port, by default', () => {
    expect(simple('graphics').spec).toEqual({
      kind: 'graphics',
      type: 'vnc',
      listen: { type: 'address', address: '127.0.0.1' },
    });
  });

  it('takes an address, a port from 5900 and a keymap', () => {
    expect(
      simple('graphics', {
        type: 'spice',
        listen: 'address',
        address: ' 192.168.122.1 ',
        port: '5930',
        keymap: 'de',
      }).spec,
    ).toEqual({
      kind: 'graphics',
      type: 'spice',
      listen: { type: 'address', address: '192.168.122.1' },
      port: 5930,
      keymap: 'de',
    });
  });

  it('has no port on a UNIX socket', () => {
    expect(simple('graphics', { listen: 'socket', port: '5901' }).spec).toEqual({
      kind: 'graphics',
      type: 'vnc',
      listen: { type: 'socket' },
    });
  });

  it('says what is wrong with the address and the port', () => {
    expect(simple('graphics', { listen: 'address' }).errors).toEqual({
      address: 'Enter an IP address of the host, e.g. 192.168.122.1.',
    });
    expect(simple('graphics', { listen: 'address', address: 'myhost' }).errors['address']).toBe(
      'Enter an IP address (like 192.168.122.1 or fd00::1), not a host name.',
    );
    expect(simple('graphics', { port: '5800' }).errors).toEqual({
      port: 'A display port is a number from 5900 to 65535; leave it empty for automatic.',
    });
    expect(simple('graphics', { port: '65536' }).errors['port']).toMatch(/5900 to 65535/);
  });

  it('knows an IP address when it sees one', () => {
    for (const address of ['127.0.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80:0:0:0:1:2:3:4'])
      expect(isIpAddress(address), address).toBe(true);
    for (const address of ['192.168.1.300', '10.0.0', 'host.example', '1::2::3', ''])
      expect(isIpAddress(address), address).toBe(false);
  });
});

describe('the USB redirection page', () => {
  it('redirects from the SPICE client by default', () => {
    expect(simple('redirdev').spec).toEqual({ kind: 'redirdev', source: { type: 'spicevmc' } });
  });

  it('checks the usbredir server’s host and port', () => {
    expect(simple('redirdev', { source: 'tcp' }).errors).toEqual({
      host: 'Enter the usbredir server, e.g. 192.168.1.20.',
      port: 'A TCP port is a number from 1 to 65535.',
    });
    expect(simple('redirdev', { source: 'tcp', host: 'bad host', port: '0' }).errors).toEqual({
      host: 'Enter a host name or an IP address, e.g. usb.example or 192.168.1.20.',
      port: 'A TCP port is a number from 1 to 65535.',
    });
    expect(simple('redirdev', { source: 'tcp', host: 'usb.example', port: '4000' }).spec).toEqual({
      kind: 'redirdev',
      source: { type: 'tcp', host: 'usb.example', port: 4000 },
    });
  });
});

describe('the smartcard page', () => {
  it('passes the SPICE client’s card through, or uses the host’s reader', () => {
    expect(simple('smartcard').spec).toEqual({ kind: 'smartcard', mode: 'passthrough' });
    expect(simple('smartcard', { mode: 'host' }).spec).toEqual({ kind: 'smartcard', mode: 'host' });
  });
});

describe('the memory page', () => {
  it('asks for a size in MiB', () => {
    expect(simple('memory').errors).toEqual({ sizeMiB: 'Enter the size in MiB, e.g. 1024.' });
    expect(simple('memory', { sizeMiB: '1.5' }).errors).toEqual({
      sizeMiB: 'A size is a whole number of MiB, 1 or more.',
    });
    expect(simple('memory', { node: '-1', sizeMiB: '512' }).errors).toEqual({
      node: 'A NUMA node is a whole number, 0 or more.',
    });
  });

  it('sends a DIMM on node 0, or on no node when left empty', () => {
    expect(simple('memory', { sizeMiB: '1024' }).spec).toEqual({
      kind: 'memory',
      model: 'dimm',
      sizeMiB: 1024,
      node: 0,
    });
    expect(simple('memory', { sizeMiB: '1024', node: '' }).spec).toEqual({
      kind: 'memory',
      model: 'dimm',
      sizeMiB: 1024,
    });
  });

  it('keeps virtio-mem sizes in whole blocks, the requested size within the size', () => {
    const virtioMem = (values: Record<string, string>) =>
      simple('memory', { model: 'virtio-mem', sizeMiB: '2048', ...values });
    expect(virtioMem({ blockMiB: '4', requestedMiB: '512' }).spec).toEqual({
      kind: 'memory',
      model: 'virtio-mem',
      sizeMiB: 2048,
      node: 0,
      blockMiB: 4,
      requestedMiB: 512,
    });
    expect(virtioMem({ sizeMiB: '1025' }).errors).toEqual({
      sizeMiB: 'Use a multiple of the block size (2 MiB), e.g. 1024.',
    });
    expect(virtioMem({ requestedMiB: '4096' }).errors).toEqual({
      requestedMiB: 'The guest can be given at most the size (2048 MiB).',
    });
    expect(virtioMem({ blockMiB: '8', requestedMiB: '100' }).errors).toEqual({
      requestedMiB: 'Use a multiple of the block size (8 MiB).',
    });
  });
});

describe('the new pages in the dialog', () => {
  function openDialog() {
    const host = new FakeHost()
      .handle('devices.hostResources', () => ({ networks: [], pools: [], hostDevices: [] }))
      .handle('devices.attach', (payload) => ({
        status: 'attached',
        scope: payload.scope ?? { live: false, config: true },
        title: payload.spec.kind,
      }));
    render(
      <ClientProvider client={host.client()}>
        <AddHardwareModal
          vm={{ hostId: 'local', uuid: makeVm(1).uuid }}
          vmName="web1"
          running={false}
          onClose={() => undefined}
        />
      </ClientProvider>,
    );
    return { host, dialog: screen.getByRole('dialog') };
  }
  const choose = (dialog: HTMLElement, label: string, value: string) => {
    const select = within(dialog).getByRole('combobox', { name: label });
    const option = within(select).getByRole<HTMLOptionElement>('option', { name: value });
    fireEvent.change(select, { target: { value: option.value } });
  };

  it('says inline that SPICE redirection needs a SPICE display, and checks the TCP port', () => {
    const { dialog } = openDialog();
    choose(dialog, 'Kind of hardware', 'USB redirection');
    expect(
      within(dialog).getByText(
        'Needs a SPICE display in the VM: add one first if it has only VNC.',
      ),
    ).toBeTruthy();
    choose(dialog, 'Redirect from', 'A usbredir server (TCP)');
    fireEvent.change(within(dialog).getByLabelText('Server port'), { target: { value: '70000' } });
    expect(within(dialog).getAllByText('A TCP port is a number from 1 to 65535.')).toHaveLength(1);
    expect(within(dialog).queryByText(/Needs a SPICE display/)).toBeNull();
  });

  it('adds a display listening on an address, after the address is fixed', async () => {
    const { host, dialog } = openDialog();
    choose(dialog, 'Kind of hardware', 'Display (VNC or SPICE)');
    choose(dialog, 'Display type', 'SPICE');
    choose(dialog, 'Listen on', 'An address of the host');
    expect(within(dialog).getByText(/no password/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Listen address'), {
      target: { value: 'myhost' },
    });
    expect(within(dialog).getByText(/not a host name/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Add' })).toHaveProperty('disabled', true);
    fireEvent.change(within(dialog).getByLabelText('Listen address'), {
      target: { value: '192.168.122.1' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(host.calls.find((c) => c.channel === 'devices.attach')?.payload).toMatchObject({
        spec: {
          kind: 'graphics',
          type: 'spice',
          listen: { type: 'address', address: '192.168.122.1' },
        },
        scope: { live: false, config: true },
      }),
    );
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import type { HostSupport } from '../../../src/shared/host-support';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

/** Add hardware offers only what the VM's host can do, and says why the rest is missing. */

beforeEach(resetStores);
afterEach(cleanup);

const vm = makeVm(1, { name: 'web1', state: 'shutoff' });
const NO_SWTPM =
  'This host cannot emulate a TPM: install swtpm there (the swtpm and swtpm-tools packages), then restart libvirtd.';
const NO_IDE =
  'A q35 VM on this host has no IDE bus for disks; choose one it has (fdc, scsi, virtio, usb, sata).';
const SUPPORT: HostSupport = {
  unavailable: [
    { choice: 'tpm.backend', value: 'emulator', reason: NO_SWTPM },
    { choice: 'disk.bus', value: 'ide', reason: NO_IDE },
    { choice: 'kind', value: 'redirdev', reason: "This host's QEMU has no USB redirection." },
  ],
};

function openAddDialog() {
  const host = new FakeHost()
    .handle('devices.list', () => [])
    .handle('devices.hostResources', () => ({ networks: [], pools: [], hostDevices: [] }))
    .handle('devices.hostSupport', () => SUPPORT)
    .handle('devices.attachCheck', () => ({}))
    .handle('devices.attach', () => ({
      status: 'attached',
      scope: { live: false, config: true },
      title: 'TPM',
    }));
  render(
    <ClientProvider client={host.client()}>
      <AddHardwareModal
        vm={{ hostId: 'local', uuid: vm.uuid }}
        vmName="web1"
        running={false}
        onClose={() => undefined}
      />
    </ClientProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const kind = () => within(dialog).getByRole('combobox', { name: 'Kind of hardware' });
  const choose = (label: string) => {
    const option = within(kind()).getByRole<HTMLOptionElement>('option', { name: label });
    fireEvent.change(kind(), { target: { value: option.value } });
  };
  return { host, dialog, kind, choose };
}

describe('Add hardware on a host that lacks some capabilities', () => {
  it('offers the host TPM where it cannot emulate one, with why and what to install', async () => {
    const { host, dialog, choose } = openAddDialog();
    await waitFor(() => expect(host.calls.some((c) => c.channel === 'devices.hostSupport')).toBe(true));
    choose('TPM');
    const backend = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'TPM backend' });
    await waitFor(() => expect(backend.value).toBe('passthrough'));
    const emulated = within(backend).getByRole<HTMLOptionElement>('option', {
      name: 'Emulated (swtpm) (not on this host)',
    });
    expect(emulated.disabled).toBe(true);
    const help = document.getElementById(backend.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe(NO_SWTPM);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(host.calls.find((c) => c.channel === 'devices.attach')?.payload).toMatchObject({
        spec: { kind: 'tpm', backend: { type: 'passthrough' } },
      }),
    );
  });

  it('shows a bus the machine lacks disabled, and a kind the host lacks as not on this host', () => {
    const { dialog, kind } = openAddDialog();
    return waitFor(() => {
      const bus = within(dialog).getByRole('combobox', { name: 'Bus' });
      expect(
        within(bus).getByRole<HTMLOptionElement>('option', { name: 'IDE (not on this host)' }).disabled,
      ).toBe(true);
      expect(
        within(kind()).getByRole<HTMLOptionElement>('option', {
          name: 'USB redirection (not on this host)',
        }).disabled,
      ).toBe(true);
    });
  });
});

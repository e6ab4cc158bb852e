// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import { DevicesSection } from '../../../src/renderer/features/devices/DevicesSection';
import type { AttachCheck, DeviceListEntry } from '../../../src/shared/ipc/contract';
import { useDevicesStore } from '../../../src/renderer/stores/devices-store';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

/** What the dialogs say, and refuse, for devices the VM cannot take or cannot lose. */

const initialDevices = useDevicesStore.getState();
beforeEach(() => {
  resetStores();
  useDevicesStore.setState(initialDevices, true);
});
afterEach(cleanup);

const vm = makeVm(1, { name: 'web1', state: 'running' });

function openAddDialog(running: boolean, check: AttachCheck = {}) {
  const host = new FakeHost()
    .handle('devices.list', () => [])
    .handle('devices.hostResources', () => ({ networks: [], pools: [], hostDevices: [] }))
    .handle('devices.attachCheck', () => check)
    .handle('devices.attach', (payload) => ({
      status: 'attached',
      scope: payload.scope ?? { live: running, config: true },
      title: 'tpm',
    }));
  render(
    <ClientProvider client={host.client()}>
      <AddHardwareModal
        vm={{ hostId: 'local', uuid: vm.uuid }}
        vmName="web1"
        running={running}
        onClose={() => undefined}
      />
    </ClientProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const choose = (label: string) => {
    const select = within(dialog).getByRole('combobox', { name: 'Kind of hardware' });
    const option = within(select).getByRole<HTMLOptionElement>('option', { name: label });
    fireEvent.change(select, { target: { value: option.value } });
  };
  const liveBox = () =>
    within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'The running VM (now)' });
  return { host, dialog, choose, liveBox };
}

describe('Add hardware: a device the running VM cannot take', () => {
  it('unticks and disables the live box for a TPM, says why, and adds to the definition', async () => {
    const { host, dialog, choose, liveBox } = openAddDialog(true);
    expect(liveBox().checked).toBe(true);
    choose('TPM');
    expect(liveBox().checked).toBe(false);
    expect(liveBox().disabled).toBe(true);
    const help = document.getElementById(liveBox().getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe(
      'A TPM cannot be added to a running VM. Add it to the saved definition instead; it appears after the next full shutdown and start of the VM.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(host.calls.find((c) => c.channel === 'devices.attach')?.payload).toMatchObject({
        spec: { kind: 'tpm' },
        scope: { live: false, config: true },
      }),
    );
  });

  it('gives the box back for a device that plugs in', () => {
    const { choose, liveBox } = openAddDialog(true);
    choose('TPM');
    choose('Random number generator');
    expect(liveBox().checked).toBe(true);
    expect(liveBox().disabled).toBe(false);
    expect(liveBox().getAttribute('aria-describedby')).toBeNull();
  });

  it("shows the host's reason and what the definition needs as soon as the shared folder page opens", async () => {
    const { host, dialog, choose, liveBox } = openAddDialog(true, {
      liveProblem: 'A virtiofs share needs the VM’s memory to be shared.',
      definitionChange: 'Adding this share also turns on shared memory in the saved definition.',
    });
    choose('Shared folder');
    // Before any field is filled in: the driver alone decides this.
    await within(dialog).findByText(
      'Adding this share also turns on shared memory in the saved definition.',
    );
    expect(liveBox().disabled).toBe(true);
    expect(
      within(dialog).getByText('A virtiofs share needs the VM’s memory to be shared.'),
    ).toBeTruthy();
    expect(host.calls.find((c) => c.channel === 'devices.attachCheck')?.payload).toMatchObject({
      spec: { kind: 'filesystem', driver: 'virtiofs' },
    });

    fireEvent.change(within(dialog).getByLabelText('Sharing driver'), {
      target: { value: 'path' },
    });
    expect(liveBox().disabled).toBe(true);
    expect(
      within(dialog).getByText(/^A 9p shared folder cannot be added to a running VM/),
    ).toBeTruthy();
  });

  it('leaves the live box off, without a reason, when the VM is shut off', () => {
    const { choose, liveBox } = openAddDialog(false);
    choose('TPM');
    expect(liveBox().disabled).toBe(true);
    expect(liveBox().getAttribute('aria-describedby')).toBeNull();
  });
});

describe('the Devices section: a device that cannot be removed', () => {
  const root: DeviceListEntry = {
    kind: 'controller',
    title: 'pci controller 0',
    match: { kind: 'controller', type: 'pci', index: 0 },
    inLive: true,
    inConfig: true,
    liveRemovalProblem: 'The PCIe root bus is part of the machine itself.',
    removalProblem: 'The PCIe root bus is part of the machine itself.',
  };

  it('shows Remove disabled, described by the reason, and opens nothing', async () => {
    const host = new FakeHost().handle('devices.list', () => [root]);
    render(
      <ClientProvider client={host.client()}>
        <DevicesSection vm={vm} />
      </ClientProvider>,
    );
    const remove = await screen.findByRole('button', { name: 'Remove pci controller 0' });
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    const description = document.getElementById(remove.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('The PCIe root bus is part of the machine itself.');
    fireEvent.click(remove);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host.calls.some((c) => c.channel === 'devices.detach')).toBe(false);
  });
});

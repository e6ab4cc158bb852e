// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceListEntry } from '../../../src/shared/ipc/contract';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { DevicesSection } from '../../../src/renderer/features/devices/DevicesSection';
import { INITIAL_FORM, specFromForm } from '../../../src/renderer/features/devices/hardware-form';
import type { HardwareForm } from '../../../src/renderer/features/devices/hardware-form';
import { useDevicesStore } from '../../../src/renderer/stores/devices-store';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

const initialDevices = useDevicesStore.getState();
beforeEach(() => {
  resetStores();
  useDevicesStore.setState(initialDevices, true);
});
afterEach(cleanup);

const vm = makeVm(1, { name: 'web1', state: 'running' });

const disk = (target: string, extra: Partial<DeviceListEntry> = {}): DeviceListEntry => ({
  kind: 'disk',
  title: `disk ${target}`,
  match: { kind: 'disk', target },
  inLive: true,
  inConfig: true,
  ...extra,
});

function renderSection(entries: DeviceListEntry[]) {
  const host = new FakeHost()
    .handle('devices.list', () => entries)
    .handle('devices.detach', () => ({
      status: 'pending',
      scope: { live: true, config: false },
      message: 'Removal pending: the guest in web1 has not released disk vdb yet.',
    }))
    .handle('devices.cancelPending', () => null);
  render(
    <ClientProvider client={host.client()}>
      <DevicesSection vm={vm} />
    </ClientProvider>,
  );
  return host;
}

describe('the Devices section', () => {
  it('shows a pending removal with Retry, Cancel and Remove at next boot', async () => {
    const host = renderSection([disk('vda'), disk('vdb', { pending: 'removal' })]);
    const row = (await screen.findByText('disk vdb')).closest('tr')!;
    expect(within(row).getByText('Removal pending')).toBeTruthy();
    within(row).getByRole('button', { name: 'Retry removal of disk vdb' });
    within(row).getByRole('button', { name: 'Remove disk vdb at next boot' });
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel removal of disk vdb' }));
    await waitFor(() =>
      expect(host.calls.find((c) => c.channel === 'devices.cancelPending')?.payload).toEqual({
        hostId: 'local',
        uuid: vm.uuid,
        match: { kind: 'disk', target: 'vdb' },
      }),
    );
    expect(screen.queryByRole('button', { name: 'Remove disk vdb' })).toBeNull();
  });

  it('shows why a removal failed', async () => {
    renderSection([disk('vdb', { lastError: 'The guest refused to release disk vdb.' })]);
    const row = (await screen.findByText('disk vdb')).closest('tr')!;
    expect(within(row).getByText('Removal failed')).toBeTruthy();
    expect(within(row).getByText('The guest refused to release disk vdb.')).toBeTruthy();
  });

  it('confirms a removal with its scope before sending it', async () => {
    const host = renderSection([disk('vdb')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove disk vdb' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByLabelText('From the running VM and its saved definition'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText(/^From the running VM only/));
    expect(host.calls.some((c) => c.channel === 'devices.detach')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() =>
      expect(host.calls.find((c) => c.channel === 'devices.detach')?.payload).toEqual({
        hostId: 'local',
        uuid: vm.uuid,
        match: { kind: 'disk', target: 'vdb' },
        scope: { live: true, config: false },
      }),
    );
  });

  it('offers only the definition for a device that cannot leave the running VM', async () => {
    renderSection([
      disk('sda', { title: 'cdrom sda', liveRemovalProblem: 'Eject its media instead.' }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove cdrom sda' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Eject its media instead.')).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((r) => r.id),
    ).toEqual(['vd-remove-config']);
  });
});

describe('the Add hardware form', () => {
  const form = (patch: (f: HardwareForm) => HardwareForm): HardwareForm =>
    patch(structuredClone(INITIAL_FORM));

  it('asks for an absolute image path, but lets a CD-ROM drive start empty', () => {
    expect(specFromForm(INITIAL_FORM).errors).toEqual({
      path: 'Enter the path of the image on the host.',
    });
    const relative = form((f) => ({ ...f, storage: { ...f.storage, path: 'data.qcow2' } }));
    expect(specFromForm(relative).errors['path']).toBe('Use an absolute path, starting with /.');
    const cdrom = form((f) => ({ ...f, storage: { ...f.storage, device: 'cdrom' } }));
    expect(specFromForm(cdrom).spec).toMatchObject({ device: 'cdrom', source: { type: 'none' } });
  });

  it('builds a disk spec from a block device path and a chosen bus', () => {
    const block = form((f) => ({
      ...f,
      storage: { ...f.storage, path: '/dev/vg0/data', bus: 'scsi', readonly: true },
    }));
    expect(specFromForm(block).spec).toEqual({
      kind: 'disk',
      device: 'disk',
      source: { type: 'block', path: '/dev/vg0/data' },
      bus: 'scsi',
      readonly: true,
    });
  });

  it('validates a typed MAC address', () => {
    const nic = (mac: string) =>
      form((f) => ({ ...f, type: 'network', network: { ...f.network, macMode: 'set', mac } }));
    expect(specFromForm(nic('52:54:00:zz:00:01')).errors['mac']).toMatch(/looks like/);
    expect(specFromForm(nic('01:54:00:00:00:01')).errors['mac']).toMatch(/multicast/);
    expect(specFromForm(nic('52:54:00:AB:00:01')).spec).toEqual({
      kind: 'interface',
      source: { type: 'network', network: 'default' },
      model: 'virtio',
      mac: '52:54:00:ab:00:01',
    });
  });

  it('reads USB ids and PCI addresses as libvirt wants them', () => {
    const usb = form((f) => ({
      ...f,
      type: 'hostdev',
      hostdev: { ...f.hostdev, usbVendor: '046D', usbProduct: 'c52b' },
    }));
    expect(specFromForm(usb).spec).toEqual({
      kind: 'hostdev',
      source: { usbVendor: '0x046d', usbProduct: '0xc52b' },
    });
    const pci = (pciAddress: string) =>
      form((f) => ({ ...f, type: 'hostdev', hostdev: { ...f.hostdev, bus: 'pci', pciAddress } }));
    expect(specFromForm(pci('0000:03:1f.2')).spec).toEqual({
      kind: 'hostdev',
      source: { pci: { domain: 0, bus: 3, slot: 31, function: 2 } },
    });
    expect(specFromForm(pci('03:20.0')).errors['pciAddress']).toMatch(/looks like/);
  });
});

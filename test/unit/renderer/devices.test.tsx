// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceListEntry } from '../../../src/shared/ipc/contract';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import { DevicesSection } from '../../../src/renderer/features/devices/DevicesSection';
import { SIMPLE_PAGES } from '../../../src/renderer/features/devices/simple-devices';
import type { SimpleKind } from '../../../src/renderer/features/devices/simple-devices';
import { DeviceSpec } from '../../../src/shared/devices';
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

/** Picks a page of the Add hardware dialog by its label. */
function chooseKind(dialog: HTMLElement, label: string): void {
  const select = within(dialog).getByRole('combobox', { name: 'Kind of hardware' });
  const option = within(select).getByRole<HTMLOptionElement>('option', { name: label });
  fireEvent.change(select, { target: { value: option.value } });
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

describe('the Add hardware dialog’s simple device pages', () => {
  function openDialog() {
    const host = new FakeHost()
      .handle('devices.list', () => [disk('vda')])
      .handle('devices.hostResources', () => ({ networks: [], pools: [], hostDevices: [] }))
      .handle('devices.previewXml', (payload) => `<!-- ${payload.spec.kind} -->`)
      .handle('devices.attach', (payload) => ({
        status: 'attached',
        scope: payload.scope ?? { live: true, config: true },
        title: payload.spec.kind,
      }));
    render(
      <ClientProvider client={host.client()}>
        <AddHardwareModal
          vm={{ hostId: 'local', uuid: vm.uuid }}
          vmName="web1"
          running
          onClose={() => undefined}
        />
      </ClientProvider>,
    );
    return { host, dialog: screen.getByRole('dialog') };
  }
  const attached = (host: FakeHost) =>
    host.calls
      .filter((c) => c.channel === 'devices.attach')
      .map((c) => (c.payload as { spec: unknown }).spec);

  it('adds an RNG and a TPM, sending plain specs', async () => {
    let { host, dialog } = openDialog();
    chooseKind(dialog, 'Random number generator');
    fireEvent.change(within(dialog).getByLabelText('Host device'), {
      target: { value: '/dev/random' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(attached(host)).toEqual([
        { kind: 'rng', backend: { type: 'random', path: '/dev/random' } },
      ]),
    );
    cleanup();

    ({ host, dialog } = openDialog());
    chooseKind(dialog, 'TPM');
    fireEvent.change(within(dialog).getByLabelText('TPM model'), { target: { value: 'tpm-tis' } });
    fireEvent.change(within(dialog).getByLabelText('TPM backend'), {
      target: { value: 'passthrough' },
    });
    expect(within(dialog).queryByLabelText('TPM version')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(attached(host)).toEqual([
        { kind: 'tpm', model: 'tpm-tis', backend: { type: 'passthrough', path: '/dev/tpm0' } },
      ]),
    );
  });

  it('checks a shared folder inline and previews its XML', async () => {
    const { host, dialog } = openDialog();
    chooseKind(dialog, 'Shared folder');
    fireEvent.change(within(dialog).getByLabelText('Folder on the host'), {
      target: { value: 'srv' },
    });
    expect(within(dialog).getByText('Use an absolute path, starting with /.')).toBeTruthy();
    expect(within(dialog).getByText('Enter the tag the guest mounts it by.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Folder on the host'), {
      target: { value: '/srv/share' },
    });
    fireEvent.change(within(dialog).getByLabelText('Mount tag'), { target: { value: 'share' } });
    fireEvent.click(within(dialog).getByLabelText('Read-only'));
    fireEvent.click(within(dialog).getByLabelText('Show XML'));
    await within(dialog).findByText('<!-- filesystem -->');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(attached(host)).toEqual([
        {
          kind: 'filesystem',
          driver: 'virtiofs',
          source: '/srv/share',
          tag: 'share',
          readonly: true,
        },
      ]),
    );
  });

  it('builds the guest agent channel, a vsock and a controller from the table', () => {
    const simple = (type: SimpleKind, values: Record<string, string>) =>
      specFromForm({
        ...INITIAL_FORM,
        type,
        simple: { ...INITIAL_FORM.simple, [type]: { ...INITIAL_FORM.simple[type], ...values } },
      });
    expect(simple('channel', {}).spec).toEqual({
      kind: 'channel',
      name: 'org.qemu.guest_agent.0',
      source: { type: 'unix', mode: 'bind' },
    });
    expect(simple('vsock', {}).spec).toEqual({ kind: 'vsock' });
    expect(simple('vsock', { cid: '2' }).errors['cid']).toMatch(/3 to/);
    expect(simple('serial', { sourceType: 'tcp', port: '70000' }).errors['port']).toMatch(
      /1 to 65535/,
    );
    expect(simple('controller', { type: 'usb', model: 'qemu-xhci', index: '1' }).spec).toEqual({
      kind: 'controller',
      type: 'usb',
      model: 'qemu-xhci',
      index: 1,
    });
    for (const page of SIMPLE_PAGES) {
      const { spec } = simple(page.kind, {});
      if (spec) expect(DeviceSpec.safeParse(spec).success).toBe(true);
    }
  });
});

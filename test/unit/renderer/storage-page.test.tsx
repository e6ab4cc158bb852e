// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import { INITIAL_FORM, specFromForm } from '../../../src/renderer/features/devices/hardware-form';
import type { HardwareForm } from '../../../src/renderer/features/devices/hardware-form';
import { DeviceRequest } from '../../../src/shared/device-request';
import type { HostResourceList } from '../../../src/shared/ipc/contract';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

/** The Add hardware dialog's storage page: a disk on a new volume, and the cache mode. */

beforeEach(resetStores);
afterEach(cleanup);

const GiB = 2 ** 30;
const vm = makeVm(1, { name: 'web1', state: 'running' });
const RESOURCES: HostResourceList = {
  networks: [],
  pools: [
    {
      name: 'default',
      active: true,
      volumes: [{ name: 'web1-1.qcow2', path: '/var/lib/libvirt/images/web1-1.qcow2' }],
    },
    { name: 'backup', active: false, volumes: [] },
  ],
  hostDevices: [],
};

type Storage = HardwareForm['storage'];
const storageForm = (patch: Partial<Storage>, newVolume: Partial<Storage['newVolume']> = {}) => ({
  ...INITIAL_FORM,
  storage: {
    ...INITIAL_FORM.storage,
    sourceKind: 'new-volume' as const,
    ...patch,
    newVolume: { ...INITIAL_FORM.storage.newVolume, name: 'data.qcow2', ...newVolume },
  },
});

describe('the storage page’s form: a new volume', () => {
  it('builds a disk on a new volume in the volume’s format, with the cache mode', () => {
    const { spec, errors } = specFromForm(
      storageForm({ cache: 'writeback', format: 'raw' }, { sizeGiB: '1.5' }),
      RESOURCES,
    );
    expect(errors).toEqual({});
    expect(spec).toEqual({
      kind: 'disk',
      device: 'disk',
      source: {
        type: 'new-volume',
        pool: 'default',
        volume: { name: 'data.qcow2', capacityBytes: 1.5 * GiB, format: 'qcow2' },
      },
      readonly: false,
      cache: 'writeback',
    });
    // What the form sends, the contract accepts.
    expect(DeviceRequest.safeParse(spec).success).toBe(true);
  });

  it.each([
    ['0', 'Enter the size in GiB, a number above 0 (e.g. 20 or 0.5).'],
    ['-2', 'Enter the size in GiB, a number above 0 (e.g. 20 or 0.5).'],
    ['ten', 'Enter the size in GiB, a number above 0 (e.g. 20 or 0.5).'],
    ['', 'Enter the size in GiB, a number above 0 (e.g. 20 or 0.5).'],
  ])('refuses the size %j', (sizeGiB, message) => {
    const { spec, errors } = specFromForm(storageForm({}, { sizeGiB }), RESOURCES);
    expect(spec).toBeUndefined();
    expect(errors).toEqual({ newVolumeSize: message });
  });

  it('checks the name and the pool against what the host listed', () => {
    const taken = specFromForm(storageForm({}, { name: 'web1-1.qcow2' }), RESOURCES);
    expect(taken.errors).toEqual({
      newVolumeName: 'The pool already has a volume with this name. Choose another name.',
    });
    const stopped = specFromForm(storageForm({ pool: 'backup' }), RESOURCES);
    expect(stopped.errors).toEqual({
      pool: 'This pool is not active. Start it on the host, or choose another pool.',
    });
    const unnamed = specFromForm(storageForm({ pool: ' ' }, { name: 'a/b' }));
    expect(unnamed.errors).toEqual({
      pool: 'Choose the storage pool for the new volume.',
      newVolumeName: 'A volume name cannot contain "/".',
    });
    const cdrom = specFromForm(storageForm({ device: 'cdrom' }), RESOURCES);
    expect(cdrom.errors['sourceKind']).toMatch(/^A new volume is empty: a CD-ROM drive needs/);
  });

  it('sends a cache mode for an image file too, and none when left to the hypervisor', () => {
    const file = (cache: Storage['cache']) =>
      specFromForm({
        ...INITIAL_FORM,
        storage: { ...INITIAL_FORM.storage, path: '/img/a.qcow2', format: 'qcow2', cache },
      }).spec;
    expect(file('directsync')).toMatchObject({ format: 'qcow2', cache: 'directsync' });
    expect(file('')).not.toHaveProperty('cache');
  });
});

describe('the storage page in the dialog', () => {
  function openDialog() {
    const host = new FakeHost()
      .handle('devices.list', () => [])
      .handle('devices.hostResources', () => RESOURCES)
      .handle('devices.attach', (payload) => ({
        status: 'attached',
        scope: payload.scope ?? { live: true, config: true },
        title: 'disk vdb',
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

  it('suggests a free name, checks the size inline and sends the new volume', async () => {
    const { host, dialog } = openDialog();
    // Once the host's pools are listed (the pool select offers them), the suggestion
    // skips the name already taken.
    fireEvent.click(within(dialog).getByLabelText('Storage pool volume'));
    await within(dialog).findByRole('option', { name: 'backup (inactive)' });
    fireEvent.click(within(dialog).getByLabelText('New volume in a pool'));
    const name = within(dialog).getByLabelText<HTMLInputElement>('Volume name');
    expect(name.value).toBe('web1-2.qcow2');
    expect(within(dialog).queryByLabelText('Image format')).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Size (GiB)'), { target: { value: '0' } });
    expect(within(dialog).getByText(/^Enter the size in GiB, a number above 0/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Size (GiB)'), { target: { value: '1' } });
    fireEvent.change(within(dialog).getByLabelText('Volume format'), { target: { value: 'raw' } });
    expect(name.value).toBe('web1-2.img');
    fireEvent.change(within(dialog).getByLabelText('Cache mode'), { target: { value: 'none' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() =>
      expect(
        host.calls
          .filter((c) => c.channel === 'devices.attach')
          .map((c) => (c.payload as { spec: unknown }).spec),
      ).toEqual([
        {
          kind: 'disk',
          device: 'disk',
          source: {
            type: 'new-volume',
            pool: 'default',
            volume: { name: 'web1-2.img', capacityBytes: GiB, format: 'raw' },
          },
          readonly: false,
          cache: 'none',
        },
      ]),
    );
  });
});

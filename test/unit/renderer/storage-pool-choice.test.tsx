// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHardwareModal } from '../../../src/renderer/features/devices/AddHardwareModal';
import { INITIAL_FORM, specFromForm } from '../../../src/renderer/features/devices/hardware-form';
import { initialPool } from '../../../src/renderer/features/devices/new-volume-form';
import type { HostResourceList } from '../../../src/shared/ipc/contract';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

/** On a host without a "default" pool, the pool is one the host listed, or none. */

beforeEach(resetStores);
afterEach(cleanup);

const vm = makeVm(1, { name: 'web1', state: 'running' });
const NO_DEFAULT: HostResourceList = {
  networks: [],
  pools: [
    { name: 'stopped', active: false, volumes: [] },
    { name: 'images', active: true, volumes: [] },
  ],
  hostDevices: [],
};

const onPool = (sourceKind: 'volume' | 'new-volume', pool: string) => ({
  ...INITIAL_FORM,
  storage: {
    ...INITIAL_FORM.storage,
    sourceKind,
    pool,
    volume: 'a.qcow2',
    newVolume: { ...INITIAL_FORM.storage.newVolume, name: 'a.qcow2' },
  },
});

describe('the storage pool of the storage page', () => {
  it('refuses a pool the host did not list, for a new volume and an existing one', () => {
    const fresh = specFromForm(onPool('new-volume', 'default'), NO_DEFAULT);
    expect(fresh.spec).toBeUndefined();
    expect(fresh.errors).toEqual({ pool: 'Choose the storage pool for the new volume.' });
    const existing = specFromForm(onPool('volume', 'default'), NO_DEFAULT);
    expect(existing.spec).toBeUndefined();
    expect(existing.errors).toEqual({ pool: 'Choose one of the host’s storage pools.' });
    // A host that listed no pools leaves the typed name to the host.
    expect(
      specFromForm(onPool('new-volume', 'default'), { ...NO_DEFAULT, pools: [] }).spec,
    ).toBeDefined();
  });

  it('starts on the first active pool when the chosen one is not listed', () => {
    expect(initialPool('default', NO_DEFAULT)).toBe('images');
    expect(initialPool('stopped', NO_DEFAULT)).toBe('stopped');
    expect(initialPool('default', { ...NO_DEFAULT, pools: [] })).toBe('default');
  });

  it('preselects a listed pool in the dialog and sends it, never "default"', async () => {
    const host = new FakeHost()
      .handle('devices.list', () => [])
      .handle('devices.hostResources', () => NO_DEFAULT)
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
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('New volume in a pool'));
    const pool = await within(dialog).findByRole<HTMLSelectElement>('combobox', {
      name: 'Storage pool',
    });
    await waitFor(() => expect(pool.value).toBe('images'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(
        host.calls
          .filter((c) => c.channel === 'devices.attach')
          .map((c) => (c.payload as { spec: { source: { pool: string } } }).spec.source.pool),
      ).toEqual(['images']),
    );
  });
});

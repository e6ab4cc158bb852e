// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { syncStoresWithEvents } from '../../../src/renderer/app/event-sync';
import { hostStatusLabel } from '../../../src/renderer/features/hosts/host-status-label';
import { VmList } from '../../../src/renderer/features/vm-list/VmList';
import { useHostsStore } from '../../../src/renderer/stores/hosts-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { useVmsStore } from '../../../src/renderer/stores/vms-store';
import type { HostSummary } from '../../../src/shared/dto';
import type { MethodResult } from '../../../src/shared/ipc/contract';
import { FakeHost, LOCAL_HOST, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('vd-vm-scroll') ? 440 : 0;
    },
  });
});
beforeEach(resetStores);
afterEach(cleanup);

const RECONNECTING: HostSummary = {
  ...LOCAL_HOST,
  status: 'reconnecting',
  error: 'Lost the connection to localhost: end of file from the daemon',
  retry: { attempt: 3, nextAt: Date.now() + 4_000 },
};

describe('the host status label', () => {
  it('says which attempt and how long until the next', () => {
    const host = { status: 'reconnecting', retry: { attempt: 3, nextAt: 10_000 } } as const;
    expect(hostStatusLabel(host, 6_100)).toBe('Reconnecting… (attempt 3, next in 4 s)');
    expect(hostStatusLabel(host, 12_000)).toBe('Reconnecting… (attempt 3, next in 0 s)');
    expect(hostStatusLabel({ status: 'reconnecting', retry: { attempt: 2 } }, 0)).toBe(
      'Reconnecting… (attempt 2, connecting)',
    );
    expect(hostStatusLabel({ status: 'connected' }, 0)).toBe('Connected');
  });
});

describe('a host that lost its connection', () => {
  function setup() {
    const host = new FakeHost();
    useHostsStore.getState().upsertHost(LOCAL_HOST);
    useVmsStore.getState().replaceHostVms('local', [makeVm(1), makeVm(2)]);
    useUiStore.getState().selectHost('local');
    syncStoresWithEvents(host.client());
    render(
      <ClientProvider client={host.client()}>
        <VmList />
      </ClientProvider>,
    );
    act(() => host.emit('host.changed', { host: RECONNECTING }));
    return host;
  }

  it('keeps the last known VMs, greyed, under what the app is doing about it', () => {
    setup();
    expect(screen.getByText(/localhost: Reconnecting… \(attempt 3, next in \d s\)/)).toBeTruthy();
    expect(screen.getByText(/end of file from the daemon/)).toBeTruthy();
    const row = screen.getByText('vm-0001').closest('tr');
    expect(row?.className).toContain('vd-vm-row--stale');
  });

  it('asks for the password again when the host needs it, and sends it with the retry', async () => {
    const host = setup();
    const answers: MethodResult<'hosts.reconnect'>[] = [
      { ask: 'password', user: 'root', host: 'server1', message: 'The password was refused.' },
      { ...LOCAL_HOST },
    ];
    host.handle('hosts.reconnect', () => {
      const answer = answers.shift();
      if (!answer) throw new Error('hosts.reconnect was called more often than the test expects');
      return answer;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    const field = await screen.findByLabelText('Password for root@server1');
    fireEvent.change(field, { target: { value: 'sesame' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.calls.filter((c) => c.channel === 'hosts.reconnect').map((c) => c.payload)).toEqual(
      [{ hostId: 'local' }, { hostId: 'local', password: 'sesame' }],
    );
    expect(useHostsStore.getState().hosts[0]?.status).toBe('connected');
  });
});

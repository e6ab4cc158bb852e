// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LifecycleAction, VmSummary } from '../../../src/shared/dto';
import { App } from '../../../src/renderer/App';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { syncStoresWithEvents } from '../../../src/renderer/app/event-sync';
import { loadHosts } from '../../../src/renderer/app/loaders';
import { useConnectionStore } from '../../../src/renderer/stores/connection-store';
import { FakeHost, HostFailure, LOCAL_HOST, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

beforeAll(() => {
  // PatternFly opens the managed sidebar only on a wide page; the app targets 1280x800.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1280,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('vd-vm-scroll') ? 440 : 0;
    },
  });
});

beforeEach(resetStores);
afterEach(cleanup);

const running = makeVm(1, { name: 'fedora-40', state: 'running' });
const stopped = makeVm(2, { name: 'debian-12', state: 'shutoff' });

async function renderApp(
  onLifecycle: (action: LifecycleAction, vm: VmSummary) => VmSummary,
  initialHost = LOCAL_HOST,
) {
  const host = new FakeHost()
    .handle('hosts.list', () => [initialHost])
    .handle('vms.list', () => [running, stopped])
    .handle('vms.details', (payload) => {
      const vm = [running, stopped].find((v) => v.uuid === (payload as { uuid: string }).uuid)!;
      return {
        ...vm,
        arch: 'x86_64',
        machine: 'q35',
        disks: [
          { target: 'vda', device: 'disk', bus: 'virtio', source: '/img/a.qcow2', readonly: false },
        ],
        nics: [{ mac: '52:54:00:00:00:01', type: 'network', source: 'default', model: 'virtio' }],
      };
    })
    .handle('vms.lifecycle', (payload) => {
      const { uuid, action } = payload as { uuid: string; action: LifecycleAction };
      return onLifecycle(
        action,
        [running, stopped].find((v) => v.uuid === uuid)!,
      );
    });
  const client = host.client();
  syncStoresWithEvents(client);
  await loadHosts(client);
  render(
    <ClientProvider client={client}>
      <App />
    </ClientProvider>,
  );
  if (initialHost.status === 'connected') await screen.findByText('fedora-40');
  return host;
}

const button = (name: string) => screen.getByRole('button', { name });

/** Selects a VM's row by a cell other than its name (the name's link opens its page). */
function selectRow(name: string): void {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  fireEvent.click(row.querySelectorAll('td')[1]!);
}
const isEnabled = (name: string) => button(name).getAttribute('aria-disabled') !== 'true';

describe('the window', () => {
  it('lists the hosts and enables the actions the selected VM’s state allows', async () => {
    await renderApp((_, vm) => vm);
    const hosts = screen.getByRole('navigation', { name: 'Hosts' });
    expect(within(hosts).getByText('localhost')).toBeTruthy();
    expect(within(hosts).getByText('Connected')).toBeTruthy();
    expect(
      ['Run', 'Shut Down', 'Reboot', 'Force Off', 'Pause', 'Resume'].filter(isEnabled),
    ).toEqual([]);

    selectRow('fedora-40');
    expect(
      ['Run', 'Shut Down', 'Reboot', 'Force Off', 'Pause', 'Resume'].filter(isEnabled),
    ).toEqual(['Shut Down', 'Reboot', 'Force Off', 'Pause']);
    selectRow('debian-12');
    expect(
      ['Run', 'Shut Down', 'Reboot', 'Force Off', 'Pause', 'Resume'].filter(isEnabled),
    ).toEqual(['Run']);
  });

  it('shows the selected VM’s details with its disks and NICs', async () => {
    await renderApp((_, vm) => vm);
    fireEvent.click(screen.getByText('fedora-40'));
    const details = screen.getByRole('region', { name: 'Details of fedora-40' });
    expect(await within(details).findByText('/img/a.qcow2')).toBeTruthy();
    expect(within(details).getByText('52:54:00:00:00:01')).toBeTruthy();
    expect(within(details).getByText(running.uuid)).toBeTruthy();
  });

  it('asks before Force Off and sends it only after confirmation', async () => {
    const sent: LifecycleAction[] = [];
    const host = await renderApp((action, vm) => {
      sent.push(action);
      return { ...vm, state: 'shutoff' };
    });
    fireEvent.click(screen.getByText('fedora-40'));
    fireEvent.click(button('Force Off'));
    const dialog = await screen.findByRole('dialog');
    expect(sent).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Force Off' }));
    await waitFor(() => expect(sent).toEqual(['destroy']));
    expect(host.calls.some((c) => c.channel === 'vms.lifecycle')).toBe(true);
  });

  it('reports a failed action in an alert naming the VM, the action and the reason', async () => {
    await renderApp(() => {
      throw new HostFailure({
        code: 'operation-invalid',
        message: 'Requested operation is not valid: domain is not running',
      });
    });
    fireEvent.click(screen.getByText('fedora-40'));
    fireEvent.click(button('Pause'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Could not pause “fedora-40”: Requested operation is not valid: domain is not running',
    );
  });

  it('runs the selected VM’s action from its keyboard shortcut', async () => {
    const sent: LifecycleAction[] = [];
    await renderApp((action, vm) => {
      sent.push(action);
      return vm;
    });
    selectRow('debian-12');
    // On the page, as a browser sends keys (never to the window object itself).
    fireEvent.keyDown(document.body, { code: 'KeyR', ctrlKey: true, altKey: true });
    await waitFor(() => expect(sent).toEqual(['start']));
  });

  it('waits for a connecting host and lists its VMs once it is connected', async () => {
    const host = await renderApp((_, vm) => vm, { ...LOCAL_HOST, status: 'connecting' });
    expect(screen.getByText('Connecting to localhost')).toBeTruthy();
    expect(host.calls.some((c) => c.channel === 'vms.list')).toBe(false);
    act(() => host.emit('host.changed', { host: LOCAL_HOST }));
    expect(await screen.findByText('fedora-40')).toBeTruthy();
  });

  it('offers to reconnect a host in error', async () => {
    const host = await renderApp((_, vm) => vm, {
      ...LOCAL_HOST,
      status: 'error',
      error: 'Host key verification failed.',
    });
    host.handle('hosts.reconnect', () => ({ ...LOCAL_HOST, status: 'connecting' }));
    expect(screen.getByText('localhost is not connected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(await screen.findByText('Connecting to localhost')).toBeTruthy();
  });

  it('says so when the connection to the host side is lost', async () => {
    await renderApp((_, vm) => vm);
    act(() => useConnectionStore.getState().markLost());
    expect(screen.getByText(/Connection to Virtdeck lost — reload the page/)).toBeTruthy();
  });
});

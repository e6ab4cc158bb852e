// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { syncStoresWithEvents } from '../../../src/renderer/app/event-sync';
import { hostNameProblem } from '../../../src/renderer/features/hosts/host-name';
import { HostsNav } from '../../../src/renderer/features/hosts/HostsNav';
import { useHostsStore } from '../../../src/renderer/stores/hosts-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import type { HostSummary } from '../../../src/shared/dto';
import { FakeHost, HostFailure, LOCAL_HOST } from './fake-host';
import { resetStores } from './reset-stores';

beforeEach(resetStores);
afterEach(cleanup);

const LAB: HostSummary = { ...LOCAL_HOST, id: 'lab', name: 'Lab', uri: 'qemu+ssh://lab/system' };
const DEMO: HostSummary = {
  ...LOCAL_HOST,
  id: 'demo',
  name: 'Demo host',
  uri: 'demo:///',
  kind: 'demo',
  renameProblem: 'The demo host is built in; its name cannot be changed.',
};

function setup(hosts: HostSummary[] = [LOCAL_HOST, LAB]) {
  const host = new FakeHost();
  useHostsStore.getState().setHosts(hosts);
  useUiStore.getState().selectHost(hosts[0]?.id);
  syncStoresWithEvents(host.client());
  render(
    <ClientProvider client={host.client()}>
      <HostsNav />
    </ClientProvider>,
  );
  return host;
}

const sidebar = () => screen.getByRole('navigation', { name: 'Hosts' });
const hostButton = (name: string) => within(sidebar()).getByRole('button', { name });
const openMenu = (name: string) =>
  fireEvent.click(screen.getByRole('button', { name: `Actions for ${name}` }));

describe('a new name for a host', () => {
  it('must be there, short enough and nobody else’s', () => {
    const hosts = [LOCAL_HOST, LAB];
    expect(hostNameProblem('  ', 'lab', hosts)).toBe('Enter a name.');
    expect(hostNameProblem('x'.repeat(201), 'lab', hosts)).toMatch(/200 characters/);
    expect(hostNameProblem(' LOCALHOST ', 'lab', hosts)).toBe(
      'Another host is already called localhost.',
    );
    expect(hostNameProblem('lab', 'lab', hosts)).toBeUndefined();
    expect(hostNameProblem('Rack 3', 'lab', hosts)).toBeUndefined();
  });
});

describe('the hosts sidebar', () => {
  it('selects a host with the keyboard: ↓ moves between hosts, Enter selects', () => {
    setup();
    hostButton('localhost').focus();
    expect(hostButton('localhost').getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(hostButton('localhost'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(hostButton('Lab'));
    // A native button: Enter and Space click it.
    fireEvent.click(hostButton('Lab'));
    expect(useUiStore.getState().selectedHostId).toBe('lab');
    expect(hostButton('Lab').getAttribute('aria-current')).toBe('true');
    expect(hostButton('localhost').getAttribute('aria-current')).toBeNull();
  });

  it('disconnects a connected host and connects a disconnected one', async () => {
    const host = setup();
    host.handle('hosts.disconnect', ({ hostId }) => ({
      ...LAB,
      id: hostId,
      status: 'disconnected',
    }));
    openMenu('Lab');
    expect(screen.queryByRole('menuitem', { name: /^Connect/ })).toBeNull();
    fireEvent.click(screen.getByRole('menuitem', { name: /^Disconnect/ }));
    await within(sidebar()).findByText('Disconnected');
    expect(host.calls.map((c) => [c.channel, c.payload])).toContainEqual([
      'hosts.disconnect',
      { hostId: 'lab' },
    ]);

    host.handle('hosts.connect', () => ({ ...LAB }));
    openMenu('Lab');
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Connect/ }));
    await waitFor(() => expect(within(sidebar()).getAllByText('Connected')).toHaveLength(2));
  });

  it('renames a host, checking the name as it is typed', async () => {
    const host = setup();
    host.handle('hosts.rename', ({ name }) => ({ ...LAB, name: name.trim() }));
    openMenu('Lab');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Lab' });
    const field = within(dialog).getByRole('textbox', { name: 'Name' });
    fireEvent.change(field, { target: { value: 'localhost' } });
    expect(within(dialog).getByText('Another host is already called localhost.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Rename' })).toHaveProperty('disabled', true);
    fireEvent.change(field, { target: { value: ' Rack 3 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(hostButton('Rack 3')).toBeTruthy();
    expect(host.calls.find((c) => c.channel === 'hosts.rename')?.payload).toEqual({
      hostId: 'lab',
      name: ' Rack 3 ',
    });
  });

  it('keeps a refusal from the host side in the rename dialog', async () => {
    const host = setup();
    host.handle('hosts.rename', () => {
      throw new HostFailure({
        code: 'validation',
        message: 'Another host is already called Garage; choose another name.',
      });
    });
    openMenu('Lab');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Lab' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Garage' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText(/already called Garage/)).toBeTruthy();
  });

  it('says why the demo host cannot be renamed', () => {
    setup([DEMO]);
    openMenu('Demo host');
    const item = screen.getByRole('menuitem', { name: /^Rename…/ });
    expect(item.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(DEMO.renameProblem!)).toBeTruthy();
    fireEvent.click(item);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('removes a host only once confirmed, saying that nothing on the host changes', async () => {
    const host = setup();
    host.handle('hosts.remove', ({ hostId }) => {
      host.emit('host.removed', { hostId });
      return null;
    });
    openMenu('Lab');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Remove…' }));
    const dialog = screen.getByRole('dialog', { name: /Remove Lab\?/ });
    expect(
      within(dialog).getByText(/Nothing on the host changes: its VMs keep running/),
    ).toBeTruthy();
    expect(host.calls.some((c) => c.channel === 'hosts.remove')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    act(() => undefined);
    expect(within(sidebar()).queryByRole('button', { name: 'Lab' })).toBeNull();
  });
});

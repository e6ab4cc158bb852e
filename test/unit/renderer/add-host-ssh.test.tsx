// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { AddHostModal } from '../../../src/renderer/features/hosts/AddHostModal';
import { useHostsStore } from '../../../src/renderer/stores/hosts-store';
import { FakeHost, LOCAL_HOST } from './fake-host';
import { resetStores } from './reset-stores';

beforeEach(resetStores);
afterEach(cleanup);

const URI = 'qemu+ssh://root@server1/system';
const FINGERPRINT = 'SHA256:VgwQ7WuagXTUPwmbw2pVLivYcUvJ1bG4nq3MvNrLzy0';
const ADDED = { ...LOCAL_HOST, id: 'qemu-ssh-root-server1-system', uri: URI };

/** A host side that asks to trust the key, then for a password, then adds the host. */
function sshHostSide() {
  return new FakeHost().handle('hosts.add', (payload) => {
    const { trustHostKey, password } = payload as { trustHostKey?: string; password?: string };
    if (trustHostKey !== FINGERPRINT) {
      return {
        ask: 'trust-host-key',
        host: 'server1',
        port: 22,
        keyType: 'ssh-ed25519',
        fingerprint: FINGERPRINT,
      };
    }
    if (password !== 'sesame') {
      return {
        ask: 'password',
        user: 'root',
        host: 'server1',
        message: 'SSH authentication failed.',
      };
    }
    return ADDED;
  });
}

describe('Add host over SSH', () => {
  it('shows the unknown key, trusts it on request, then asks for a password', async () => {
    const host = sshHostSide();
    let closed = false;
    render(
      <ClientProvider client={host.client()}>
        <AddHostModal onClose={() => (closed = true)} />
      </ClientProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /libvirt URI/ }), {
      target: { value: URI },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add host' }));

    await screen.findByText('The SSH host key of server1 is not known yet');
    expect(screen.getByTestId('host-key-fingerprint').textContent).toBe(FINGERPRINT);
    expect(screen.getByText(/ssh_host_ed25519_key\.pub/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Trust and connect' }));

    const password = await screen.findByLabelText('Password for root@server1');
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveProperty('disabled', true);
    fireEvent.change(password, { target: { value: 'sesame' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    await waitFor(() => expect(closed).toBe(true));
    expect(useHostsStore.getState().hosts.map((h) => h.id)).toContain(ADDED.id);
    expect(host.calls.map((call) => call.payload)).toEqual([
      { uri: URI },
      { uri: URI, trustHostKey: FINGERPRINT },
      { uri: URI, trustHostKey: FINGERPRINT, password: 'sesame' },
    ]);
  });

  it('forgets the answers when the URI changes', async () => {
    const host = sshHostSide();
    render(
      <ClientProvider client={host.client()}>
        <AddHostModal onClose={() => undefined} />
      </ClientProvider>,
    );
    const field = screen.getByRole('textbox', { name: /libvirt URI/ });
    fireEvent.change(field, { target: { value: URI } });
    fireEvent.click(screen.getByRole('button', { name: 'Add host' }));
    await screen.findByRole('button', { name: 'Trust and connect' });
    fireEvent.change(field, { target: { value: 'qemu+ssh://root@server2/system' } });
    expect(screen.queryByTestId('host-key-fingerprint')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add host' })).toBeTruthy();
  });
});

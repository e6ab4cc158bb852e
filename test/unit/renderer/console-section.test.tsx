// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { ConsoleSection } from '../../../src/renderer/features/console/ConsoleSection';
import { FakeHost, HostFailure, makeVm } from './fake-host';

// xterm.js needs a real layout engine; the terminal is covered end to end in Chromium.
vi.mock('../../../src/renderer/features/console/ConsoleTerminal', () => ({
  default: ({ label }: { label: string }) => <div role="group" aria-label={label} />,
}));

afterEach(cleanup);

function renderSection(state: 'running' | 'shutoff', host: FakeHost) {
  const vm = makeVm(1, { name: 'web1', state });
  render(
    <ClientProvider client={host.client()}>
      <ConsoleSection vm={vm} />
    </ClientProvider>,
  );
  return screen.getByRole('status', { name: 'Console status' });
}

describe('the Serial console tab', () => {
  it('connects to a running VM when shown, and disconnects on request', async () => {
    const host = new FakeHost()
      .handle('console.open', () => ({ sessionId: 's1', vmName: 'web1' }))
      .handle('console.close', () => null);
    const status = renderSection('running', host);
    await waitFor(() => expect(status.textContent).toMatch(/^Connected\. Keys go to the guest/));
    await screen.findByRole('group', { name: 'Serial console of web1' });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(status.textContent).toBe('Disconnected.'));
    expect(host.calls.map((c) => c.channel)).toEqual(['console.open', 'console.close']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Connect' }).disabled).toBe(false);
  });

  it('says the VM is not running and offers no Connect', () => {
    const host = new FakeHost();
    const status = renderSection('shutoff', host);
    expect(status.textContent).toBe(
      'Disconnected: “web1” is not running. Run it to use its serial console.',
    );
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Connect' }).disabled).toBe(true);
    expect(host.calls).toEqual([]);
  });

  it('offers Take over when another client holds the console', async () => {
    const host = new FakeHost().handle('console.open', (payload) => {
      if ((payload as { force: boolean }).force) return { sessionId: 's2', vmName: 'web1' };
      throw new HostFailure({
        code: 'busy',
        message:
          'The serial console of “web1” is open in another client. Take it over to disconnect that client.',
      });
    });
    const status = renderSection('running', host);
    await waitFor(() => expect(status.textContent).toMatch(/open in another client/));
    fireEvent.click(screen.getByRole('button', { name: 'Take over' }));
    await waitFor(() => expect(status.textContent).toMatch(/^Connected\./));
    expect(host.calls.at(-1)).toMatchObject({ channel: 'console.open', payload: { force: true } });
  });
});

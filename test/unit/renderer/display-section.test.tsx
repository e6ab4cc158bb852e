// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { DisplaySection } from '../../../src/renderer/features/display/DisplaySection';
import type { DisplayScreenProps } from '../../../src/renderer/features/display/DisplayScreen';
import { FakeHost, HostFailure, makeVm } from './fake-host';

// noVNC needs a canvas and a VNC server; the screen is covered end to end in Chromium.
const screens: DisplayScreenProps[] = [];
vi.mock('../../../src/renderer/features/display/DisplayScreen', () => ({
  DisplayScreen: (props: DisplayScreenProps) => {
    screens.push(props);
    return <div role="group" aria-label={props.label} data-url={props.url} />;
  },
}));

afterEach(() => {
  cleanup();
  screens.length = 0;
});

function renderSection(state: 'running' | 'shutoff', host: FakeHost) {
  const vm = makeVm(1, { name: 'web1', state });
  render(
    <ClientProvider client={host.client()}>
      <DisplaySection vm={vm} />
    </ClientProvider>,
  );
}

const status = () => screen.getByRole('status', { name: 'Display status' });

describe('the Display tab', () => {
  it('opens a session when shown, connects the screen with the ticket, and says why it ended', async () => {
    const host = new FakeHost()
      .handle('display.open', () => ({ sessionId: 'd1', ticket: 'T1', vmName: 'web1' }))
      .handle('display.close', () => null);
    renderSection('running', host);
    const group = await screen.findByRole('group', { name: 'Display of web1' });
    expect(group.dataset['url']).toMatch(/\/display\?ticket=T1/);
    act(() => screens.at(-1)!.onConnected());
    expect(status().textContent).toMatch(/^Connected\./);
    // The screen's socket may close before the host's event says why: the event wins.
    act(() => screens.at(-1)!.onDisconnected('the display connection failed'));
    act(() =>
      host.emit('display.closed', {
        sessionId: 'd1',
        reason: 'vm-stopped',
        message: 'the VM stopped',
      }),
    );
    expect(status().textContent).toBe('Disconnected: the VM stopped.');
    expect(screen.queryByRole('group', { name: 'Display of web1' })).toBeNull();
  });

  it('closes the session on Disconnect', async () => {
    const host = new FakeHost()
      .handle('display.open', () => ({ sessionId: 'd2', ticket: 'T2', vmName: 'web1' }))
      .handle('display.close', () => null);
    renderSection('running', host);
    await screen.findByRole('group', { name: 'Display of web1' });
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(status().textContent).toBe('Disconnected.'));
    expect(host.calls.map((call) => call.channel)).toEqual(['display.open', 'display.close']);
  });

  it('says when the VM has no graphical display, and how to add one', async () => {
    const host = new FakeHost().handle('display.open', () => {
      throw new HostFailure({
        code: 'not-found',
        message:
          '“web1” has no graphical display. Add one with Add hardware → Display (VNC or SPICE), then restart the VM.',
      });
    });
    renderSection('running', host);
    await screen.findByRole('heading', { name: 'No graphical display' });
    expect(screen.getByText(/Add hardware → Display/)).toBeTruthy();
  });

  it('says the VM is not running and opens nothing', () => {
    const host = new FakeHost();
    renderSection('shutoff', host);
    expect(status().textContent).toBe(
      'Disconnected: “web1” is not running. Run it to see its display.',
    );
    expect(host.calls).toEqual([]);
  });
});

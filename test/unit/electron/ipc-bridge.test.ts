import { describe, expect, it, vi } from 'vitest';
import { bridgeIpc, forwardEvents } from '../../../src/main/electron/ipc-bridge';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../src/shared/ipc/wire';
import type { AppCore } from '../../../src/main/app-core';

function fakeCore(): AppCore {
  return {
    dispatch: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
    events: new EventHub(),
  } as unknown as AppCore;
}

describe('Electron IPC wiring', () => {
  it('dispatches calls from trusted senders and refuses the others', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    const core = fakeCore();
    let trusted = true;
    bridgeIpc({ handle: (channel: string, handler: never) => handlers.set(channel, handler) }, core, () => trusted);
    const handler = handlers.get(IPC_INVOKE_CHANNEL);
    const sender = { id: 7 };
    await expect(handler?.({ sender }, 'hosts.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(core.dispatch).toHaveBeenCalledWith('hosts.list', {}, { shell: 'desktop', clientId: 'window-7' });
    trusted = false;
    expect(handler?.({ sender }, 'hosts.list', {})).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('pushes events to a window until it is destroyed', () => {
    const core = fakeCore();
    let destroyed: (() => void) | undefined;
    const contents = {
      id: 3,
      send: vi.fn(),
      isDestroyed: () => false,
      once: (_: string, fn: () => void) => (destroyed = fn),
      on: vi.fn(),
    };
    const gone: string[] = [];
    core.events.onClientGone((clientId) => gone.push(clientId));
    forwardEvents(core, contents as never);
    core.events.emit('vm.removed', { hostId: 'demo', uuid: 'u' });
    core.events.emitTo('window-3', 'console.closed', { sessionId: 's', reason: 'closed', message: 'x' });
    core.events.emitTo('window-4', 'console.closed', { sessionId: 't', reason: 'closed', message: 'x' });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'vm.removed', { hostId: 'demo', uuid: 'u' });
    expect(contents.send).toHaveBeenCalledTimes(2);
    destroyed?.();
    expect(gone).toEqual(['window-3']);
    core.events.emit('vm.removed', { hostId: 'demo', uuid: 'v' });
    expect(contents.send).toHaveBeenCalledTimes(2);
  });

  it('ends the page’s client when the window loads another page (a reload)', () => {
    const core = fakeCore();
    let navigated: ((details: { isMainFrame: boolean; isSameDocument: boolean }) => void) | undefined;
    const contents = {
      id: 5,
      send: vi.fn(),
      isDestroyed: () => false,
      once: vi.fn(),
      on: (_: string, fn: typeof navigated) => (navigated = fn),
    };
    const gone: string[] = [];
    core.events.onClientGone((clientId) => gone.push(clientId));
    forwardEvents(core, contents as never);
    navigated?.({ isMainFrame: true, isSameDocument: true });
    expect(gone).toEqual([]);
    navigated?.({ isMainFrame: true, isSameDocument: false });
    expect(gone).toEqual(['window-5']);
    core.events.emitTo('window-5', 'console.closed', { sessionId: 's', reason: 'closed', message: 'x' });
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});

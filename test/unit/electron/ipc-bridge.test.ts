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
    await expect(handler?.({}, 'hosts.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(core.dispatch).toHaveBeenCalledWith('hosts.list', {}, { shell: 'desktop' });
    trusted = false;
    expect(handler?.({}, 'hosts.list', {})).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('pushes events to a window until it is destroyed', () => {
    const core = fakeCore();
    let destroyed: (() => void) | undefined;
    const contents = { send: vi.fn(), isDestroyed: () => false, once: (_: string, fn: () => void) => (destroyed = fn) };
    forwardEvents(core, contents as never);
    core.events.emit('vm.removed', { hostId: 'demo', uuid: 'u' });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'vm.removed', { hostId: 'demo', uuid: 'u' });
    destroyed?.();
    core.events.emit('vm.removed', { hostId: 'demo', uuid: 'v' });
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const { createBridge } = await import('../../../src/preload/index');
const { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } = await import('../../../src/shared/ipc/wire');

function fakeIpc() {
  const listeners = new Set<(...args: unknown[]) => void>();
  return {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'pong' })),
    on: vi.fn((_channel: string, listener: (...args: unknown[]) => void) => listeners.add(listener)),
    removeListener: vi.fn((_channel: string, listener: (...args: unknown[]) => void) => listeners.delete(listener)),
    emit: (...args: unknown[]) => listeners.forEach((listener) => listener({}, ...args)),
    listeners,
  };
}

describe('preload bridge', () => {
  let ipc: ReturnType<typeof fakeIpc>;
  beforeEach(() => {
    ipc = fakeIpc();
  });

  it('exposes only invoke and subscribe under window.virtdeck', () => {
    expect(Object.keys(exposed)).toEqual(['virtdeck']);
    expect(Object.keys(exposed['virtdeck'] as object).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('forwards contract methods over the one invoke channel', async () => {
    const bridge = createBridge(ipc as never);
    await expect(bridge.invoke('hosts.list', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'hosts.list', {});
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    const bridge = createBridge(ipc as never);
    const result = await bridge.invoke('fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
    expect(() => bridge.subscribe('process.exit', () => undefined)).toThrow(/Unknown event/);
  });

  it('delivers only the subscribed event and unsubscribes', () => {
    const bridge = createBridge(ipc as never);
    const received: unknown[] = [];
    const unsubscribe = bridge.subscribe('vm.removed', (payload) => received.push(payload));
    expect(ipc.on).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.any(Function));
    ipc.emit('vm.removed', { hostId: 'demo', uuid: 'x' });
    ipc.emit('vm.stats', { hostId: 'demo' });
    expect(received).toEqual([{ hostId: 'demo', uuid: 'x' }]);
    unsubscribe();
    expect(ipc.listeners.size).toBe(0);
  });
});

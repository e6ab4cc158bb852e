import { describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
import { bridgeIpc, forwardEvents, isTrustedSender } from '../../../src/main/electron/ipc-bridge';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../src/shared/ipc/wire';
import type { AppCore } from '../../../src/main/app-core';

function fakeCore(): AppCore {
  return {
    dispatch: vi.fn(() => Promise.resolve({ ok: true as const, value: [] })),
    events: new EventHub(),
  } as unknown as AppCore;
}

/** The renderer page as index.ts computes it, for an installed app. */
const APP_PAGE = pathToFileURL('/opt/Virtdeck/resources/app.asar/out/renderer/index.html').href;

type FakeFrame = { url: string; parent: FakeFrame | null; frameTreeNodeId: number };

/** A window (WebContents) with its top frame showing `url`, as Electron hands it to ipcMain. */
function fakeWindow(url: string, id = 7) {
  const mainFrame: FakeFrame = { url, parent: null, frameTreeNodeId: 1 };
  return { id, mainFrame };
}

/** An invoke event from `frame` of `window`: Electron's IpcMainInvokeEvent, as far as it is read. */
function invokeEvent(window: ReturnType<typeof fakeWindow>, frame: FakeFrame | null) {
  return { sender: window, senderFrame: frame, processId: 4, frameId: frame?.frameTreeNodeId ?? 0 };
}

function bridged() {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const core = fakeCore();
  bridgeIpc({ handle: (channel: string, handler: never) => handlers.set(channel, handler) }, core, APP_PAGE);
  const handler = handlers.get(IPC_INVOKE_CHANNEL);
  if (!handler) throw new Error('bridgeIpc registered no invoke handler');
  return { core, call: (event: unknown) => handler(event, 'hosts.list', {}) };
}

describe('Electron IPC wiring', () => {
  it('dispatches calls from the app’s page in a window’s top frame', async () => {
    const { core, call } = bridged();
    const window = fakeWindow(APP_PAGE);
    await expect(call(invokeEvent(window, window.mainFrame))).resolves.toEqual({ ok: true, value: [] });
    expect(core.dispatch).toHaveBeenCalledWith('hosts.list', {}, { shell: 'desktop', clientId: 'window-7' });
  });

  it('takes the app’s page with any hash or query', async () => {
    const { core, call } = bridged();
    for (const url of [`${APP_PAGE}#/hosts/local`, `${APP_PAGE}?theme=dark`]) {
      const window = fakeWindow(url);
      await expect(call(invokeEvent(window, window.mainFrame))).resolves.toMatchObject({ ok: true });
    }
    expect(core.dispatch).toHaveBeenCalledTimes(2);
  });

  describe('refuses, without dispatching, a call from', () => {
    const foreignTopFrames: [string, string][] = [
      ['another file:// page', 'file:///home/user/Downloads/page.html'],
      ['another page next to the app’s', APP_PAGE.replace(/index\.html$/, 'other.html')],
      ['a path that only starts like the app’s page', `${APP_PAGE}.html`],
      ['the app’s path on another file host', APP_PAGE.replace('file:///', 'file://server/')],
      ['an https page', 'https://example.com/out/renderer/index.html'],
      ['a data: URL', 'data:text/html,<script>virtdeck.invoke("hosts.list", {})</script>'],
      ['about:blank', 'about:blank'],
      ['an empty URL (nothing loaded yet)', ''],
    ];
    for (const [what, url] of foreignTopFrames) {
      it(what, () => {
        const { core, call } = bridged();
        const window = fakeWindow(url);
        expect(call(invokeEvent(window, window.mainFrame))).toMatchObject({ ok: false, error: { code: 'denied' } });
        expect(core.dispatch).not.toHaveBeenCalled();
      });
    }

    it('a subframe of the app’s page', () => {
      const { core, call } = bridged();
      const window = fakeWindow(APP_PAGE);
      const subframe: FakeFrame = { url: APP_PAGE, parent: window.mainFrame, frameTreeNodeId: 2 };
      expect(call(invokeEvent(window, subframe))).toMatchObject({ ok: false, error: { code: 'denied' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    });

    it('a frame with no parent that is not the window’s top frame (a fenced frame)', () => {
      const { core, call } = bridged();
      const window = fakeWindow(APP_PAGE);
      const fenced: FakeFrame = { url: APP_PAGE, parent: null, frameTreeNodeId: 9 };
      expect(call(invokeEvent(window, fenced))).toMatchObject({ ok: false, error: { code: 'denied' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    });

    it('a frame that has gone (no senderFrame)', () => {
      const { core, call } = bridged();
      const window = fakeWindow(APP_PAGE);
      expect(call(invokeEvent(window, null))).toMatchObject({ ok: false, error: { code: 'denied' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    });

    it('a frame destroyed while it is read (Electron throws on access)', () => {
      const { core, call } = bridged();
      const window = fakeWindow(APP_PAGE);
      const disposed = {
        parent: null,
        frameTreeNodeId: 1,
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      };
      expect(call(invokeEvent(window, disposed))).toMatchObject({ ok: false, error: { code: 'denied' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    });
  });

  it('checks a sender on its own the same way', () => {
    const window = fakeWindow(APP_PAGE);
    expect(isTrustedSender(invokeEvent(window, window.mainFrame), APP_PAGE)).toBe(true);
    const other = fakeWindow('file:///tmp/index.html');
    expect(isTrustedSender(invokeEvent(other, other.mainFrame), APP_PAGE)).toBe(false);
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

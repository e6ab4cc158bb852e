import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc/wire';
import type { AppCore } from '../app-core';

/**
 * Wires the contract to Electron IPC: one invoke channel for every method (validated by
 * the dispatcher), one event channel for every push. Calls from any frame but a window's
 * own top frame loaded from the app are refused.
 */
export function bridgeIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: AppCore,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'denied', message: 'This page may not call Virtdeck.' } };
    }
    return core.dispatch(channel, payload, { shell: 'desktop', clientId: windowClientId(event.sender) });
  });
}

/** A window's page is one client of the EventHub: what it opens is closed when it goes. */
export function windowClientId(contents: Pick<WebContents, 'id'>): string {
  return `window-${contents.id}`;
}

/**
 * Pushes every contract event to a window until it is destroyed. A reload is a new page:
 * the old page's client ends there (freeing its consoles) and the new one starts.
 */
export function forwardEvents(
  core: AppCore,
  contents: Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'once' | 'on'>,
): void {
  const subscribe = (): (() => void) =>
    core.events.subscribe((event, payload) => {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event, payload);
    }, windowClientId(contents));
  let unsubscribe = subscribe();
  contents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    unsubscribe();
    unsubscribe = subscribe();
  });
  contents.once('destroyed', () => unsubscribe());
}

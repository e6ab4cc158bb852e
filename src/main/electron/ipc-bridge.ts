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
    return core.dispatch(channel, payload, { shell: 'desktop' });
  });
}

/** Pushes every contract event to a window until it is destroyed. */
export function forwardEvents(core: AppCore, contents: Pick<WebContents, 'send' | 'isDestroyed' | 'once'>): void {
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  });
  contents.once('destroyed', unsubscribe);
}

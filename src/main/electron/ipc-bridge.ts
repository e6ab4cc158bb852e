import type { IpcMain, WebContents, WebFrameMain } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc/wire';
import type { AppCore } from '../app-core';

/**
 * Wires the contract to Electron IPC: one invoke channel for every method (validated by
 * the dispatcher), one event channel for every push. Calls from anything but the app's
 * own page in a window's top frame are refused (see isTrustedSender).
 */
export function bridgeIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: AppCore,
  appPageUrl: string,
): void {
  const appPage = pageOf(appPageUrl);
  if (appPage === undefined) throw new Error(`Not a page URL: ${appPageUrl}`);
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event, appPage)) {
      return { ok: false, error: { code: 'denied', message: 'This page may not call Virtdeck.' } };
    }
    return core.dispatch(channel, payload, { shell: 'desktop', clientId: windowClientId(event.sender) });
  });
}

type SenderFrame = Pick<WebFrameMain, 'url' | 'frameTreeNodeId'> & { readonly parent: object | null };

/** What isTrustedSender reads of an IPC event (an IpcMainInvokeEvent). */
export type SenderEvent = {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: Pick<WebFrameMain, 'frameTreeNodeId'> };
};

/**
 * Whether an IPC call comes from the app's own page (appPageUrl: APP_PAGE_URL, on the
 * app's own scheme) in its window's top frame. Its hash and query may differ; any other
 * page, file:// or not, a subframe, and a frame that has navigated away or gone (no
 * senderFrame) are refused.
 */
export function isTrustedSender(event: SenderEvent, appPageUrl: string): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return false;
    if (frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId) return false;
    const page = pageOf(frame.url);
    return page !== undefined && page === pageOf(appPageUrl);
  } catch {
    // A frame or window destroyed while the call was on its way throws on access.
    return false;
  }
}

/** A URL without its hash and query, normalised; undefined when it does not parse. */
function pageOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.search = '';
  return parsed.href;
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

import type { WebContents, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Locks a window's contents to the app: no navigation away from the app's page, no new
 * windows (links to the web open in the user's browser instead), no permission prompts,
 * and the strict CSP on every response.
 */
export function hardenContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL'>,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'webRequest'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

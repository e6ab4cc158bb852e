import type { WebContents, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * The web pages the app itself links to (libvirt's and the project's documentation):
 * the only addresses it hands to the user's browser. Any other link a page offers, from
 * a VM's description or a crafted name, is dropped.
 */
export const EXTERNAL_LINK_PREFIXES = ['https://libvirt.org/', 'https://virtdeck.org/'] as const;

export function isAppLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare the normalised form, so user:pass@ or odd escapes cannot pass as a prefix.
  return EXTERNAL_LINK_PREFIXES.some(
    (prefix) => parsed.username === '' && parsed.password === '' && parsed.href.startsWith(prefix),
  );
}

type NavigationEvent = { preventDefault(): void; url?: string };

/**
 * Locks a window's contents to the app's page: no navigation, redirect or frame navigation
 * away from it, no new windows (the app's own documentation links open in the user's
 * browser instead), and the strict CSP on every response.
 */
export function hardenContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  appPageUrl: string,
  openExternal: (url: string) => void,
): void {
  const stay = (event: NavigationEvent, url: string | undefined): void => {
    if (url === undefined || withoutHash(url) !== withoutHash(appPageUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => stay(event, url));
  contents.on('will-redirect', (event, url) => stay(event, url));
  // Frames (an iframe a page might inject) may not navigate anywhere but to the app's page.
  contents.on('will-frame-navigate', (event) => stay(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    if (isAppLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** No permission is ever granted or reported granted; every response carries the CSP. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

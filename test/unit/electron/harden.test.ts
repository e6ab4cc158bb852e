import { describe, expect, it, vi } from 'vitest';
import { hardenContents, hardenSession, isAppLink } from '../../../src/main/electron/harden';

type Handler = (...args: unknown[]) => unknown;

const APP_PAGE = 'virtdeck://app/index.html';

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  const blocked = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn(), ...(name === 'will-frame-navigate' ? { url: args[0] } : {}) };
    handlers.get(name)?.(event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    navigate: (to: string) => blocked('will-navigate', to),
    redirect: (to: string) => blocked('will-redirect', to),
    frameNavigate: (to: string) => blocked('will-frame-navigate', to),
    open: (to: string) => openHandler?.({ url: to }),
  };
}

describe('window hardening', () => {
  it('blocks navigation, redirects and frame navigation away from the app page', () => {
    const contents = fakeContents();
    hardenContents(contents as never, APP_PAGE, () => undefined);
    for (const move of [contents.navigate, contents.redirect, contents.frameNavigate]) {
      expect(move('https://example.com/')).toBe(true);
      expect(move('file:///etc/passwd')).toBe(true);
      expect(move('virtdeck://app/other.html')).toBe(true);
      expect(move(APP_PAGE)).toBe(false);
      expect(move(`${APP_PAGE}#/host/demo`)).toBe(false);
    }
  });

  it('denies new windows and opens only the links the app itself shows', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenContents(contents as never, APP_PAGE, openExternal);
    expect(contents.open('https://libvirt.org/formatdomain.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://libvirt.org/formatdomain.html');
    for (const other of [
      'file:///etc/passwd',
      'https://example.com/',
      'https://libvirt.org.example.com/',
      'https://libvirt.org@example.com/',
      'http://libvirt.org/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(contents.open(other)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('knows the app links by their normalised form', () => {
    expect(isAppLink('https://virtdeck.org/docs')).toBe(true);
    expect(isAppLink('https://user:pw@libvirt.org/')).toBe(false);
    expect(isAppLink('HTTPS://LIBVIRT.ORG/x')).toBe(true);
  });

  it('refuses permission requests and checks, and sets the CSP header', () => {
    let permissionHandler: Handler | undefined;
    let checkHandler: Handler | undefined;
    let headersHandler: Handler | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler: Handler) => (permissionHandler = handler),
      setPermissionCheckHandler: (handler: Handler) => (checkHandler = handler),
      webRequest: { onHeadersReceived: (handler: Handler) => (headersHandler = handler) },
    } as never);
    const allow = vi.fn();
    permissionHandler?.({}, 'media', allow);
    expect(allow).toHaveBeenCalledWith(false);
    expect(checkHandler?.({}, 'clipboard-read', APP_PAGE, {})).toBe(false);
    const respond = vi.fn();
    headersHandler?.({ responseHeaders: { 'X-Other': ['1'] } }, respond);
    const headers = (respond.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
  });
});

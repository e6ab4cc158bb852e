import { describe, expect, it, vi } from 'vitest';
import { hardenContents, hardenSession } from '../../../src/main/electron/harden';

type Handler = (...args: unknown[]) => unknown;

function fakeContents(url: string) {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  return {
    on: (name: string, handler: Handler) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    getURL: () => url,
    navigate(to: string) {
      const event = { preventDefault: vi.fn() };
      handlers.get('will-navigate')?.(event, to);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (to: string) => openHandler?.({ url: to }),
  };
}

describe('window hardening', () => {
  it('blocks navigation away from the app page', () => {
    const contents = fakeContents('file:///app/out/renderer/index.html');
    hardenContents(contents as never, () => undefined);
    expect(contents.navigate('https://example.com/')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('file:///app/out/renderer/index.html')).toBe(false);
  });

  it('denies new windows and sends web links to the user browser', () => {
    const contents = fakeContents('file:///app/index.html');
    const openExternal = vi.fn();
    hardenContents(contents as never, openExternal);
    expect(contents.open('https://libvirt.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://libvirt.org/');
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses permission requests and sets the CSP header', () => {
    let permissionHandler: Handler | undefined;
    let headersHandler: Handler | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler: Handler) => (permissionHandler = handler),
      webRequest: { onHeadersReceived: (handler: Handler) => (headersHandler = handler) },
    } as never);
    const allow = vi.fn();
    permissionHandler?.({}, 'media', allow);
    expect(allow).toHaveBeenCalledWith(false);
    const respond = vi.fn();
    headersHandler?.({ responseHeaders: { 'X-Other': ['1'] } }, respond);
    const headers = (respond.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'self'");
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  APP_PAGE_URL,
  appFileFor,
  registerAppScheme,
  serveAppProtocol,
} from '../../../src/main/electron/app-protocol';

const ROOT = '/opt/virtdeck/out/renderer';

describe("the app's own scheme", () => {
  it('serves the renderer folder and nothing outside it', () => {
    expect(appFileFor(ROOT, APP_PAGE_URL)).toBe(`${ROOT}/index.html`);
    expect(appFileFor(ROOT, 'virtdeck://app/')).toBe(`${ROOT}/index.html`);
    expect(appFileFor(ROOT, 'virtdeck://app/assets/index-abc.js?v=1')).toBe(`${ROOT}/assets/index-abc.js`);
    // Dot segments, plain or escaped, are resolved by the URL parser: they stay inside.
    expect(appFileFor(ROOT, 'virtdeck://app/../../etc/passwd')).toBe(`${ROOT}/etc/passwd`);
    expect(appFileFor(ROOT, 'virtdeck://app/%2e%2e/%2e%2e/etc/passwd')).toBe(`${ROOT}/etc/passwd`);
    for (const outside of [
      'virtdeck://app/..%2f..%2fetc%2fpasswd',
      'virtdeck://app/a/..%2F..%2F..%2Fetc%2Fpasswd',
      'virtdeck://app/%E0%A4%A',
      'virtdeck://app/index.html%00.js',
      'virtdeck://other/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(appFileFor(ROOT, outside), outside).toBeUndefined();
    }
  });

  it('registers a standard, secure scheme and answers 404 outside the folder', async () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'virtdeck', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const fetch = vi.fn(() => Promise.resolve(new Response('<html>', { headers: { 'Content-Type': 'text/html' } })));
    serveAppProtocol({ handle: (_scheme: string, h: never) => (handler = h) }, { fetch }, ROOT);
    const page = await handler?.(new Request(APP_PAGE_URL));
    expect(fetch).toHaveBeenCalledWith(`file://${ROOT}/index.html`);
    expect(page?.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect((await handler?.(new Request('virtdeck://app/..%2fsecret')))?.status).toBe(404);
    expect((await handler?.(new Request('virtdeck://elsewhere/index.html')))?.status).toBe(404);
  });
});

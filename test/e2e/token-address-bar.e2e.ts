import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openApp(browser.browser, app);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const vmList = (): ReturnType<Page['getByRole']> =>
  page
    .getByRole('grid', { name: 'Virtual machines' })
    .or(page.getByRole('table', { name: 'Virtual machines' }));

describe('the token in the printed link', () => {
  it('is gone from the address bar and the history once the page has loaded', async () => {
    expect(app.url).toContain('?token=');
    await expect.poll(() => page.url()).not.toContain('token=');
    // What stays is the page and the place in it (the host shown), never the token.
    const withoutToken = new RegExp(`^${app.origin}/(#/[^?]*)?$`);
    expect(page.url()).toMatch(withoutToken);
    expect(await page.evaluate(() => location.href)).not.toContain(app.token);
    // The history entry was replaced, not added to: one step back is the blank page the
    // browser started with, and forward is the page without the token.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    expect(page.url()).toMatch(withoutToken);
    await vmList().getByText('alpine-router').waitFor();
  });

  it('is not needed for a reload: the cookie carries it', async () => {
    await page.reload();
    await vmList().waitFor();
    // Rows come from the contract socket: it connected with the cookie alone.
    await vmList().getByText('alpine-router').waitFor();
    expect(page.url()).not.toContain('token=');
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /lost|Unauthorized/i })
        .count(),
    ).toBe(0);
  });

  it('is still needed by a browser without the cookie', async () => {
    const fresh = await browser.browser.newPage();
    const response = await fresh.goto(`${app.origin}/`);
    expect(response?.status()).toBe(401);
    await fresh.close();
  });
});

import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

export interface OpenWindow {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly ui: VmManagerPage;
}

/**
 * A test file's window: before its tests, the browser mode (the demo host unless `env`
 * names others) and Chromium start and the window opens at 1280x800; after them both
 * stop. Read the fields inside tests and hooks, once the window is open.
 */
export function useWindow(env: Record<string, string> = {}): OpenWindow {
  let app: RunningApp | undefined;
  let chromium: { browser: Browser; close(): Promise<void> } | undefined;
  let ui: VmManagerPage | undefined;
  beforeAll(async () => {
    app = await startApp(env);
    chromium = await launchBrowser();
    ui = new VmManagerPage(await openApp(chromium.browser, app));
  });
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the window is not open yet: use it inside a test');
    return value;
  };
  return {
    get app() {
      return opened(app);
    },
    get browser() {
      return opened(chromium).browser;
    },
    get ui() {
      return opened(ui);
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { ConsolePanel } from './pages/console-panel';
import { VmManagerPage } from './pages/vm-manager-page';

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let page: Page;
let ui: VmManagerPage;
const cspViolations: string[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await openApp(browser.browser, app);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  ui = new VmManagerPage(page);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the serial console in the window', () => {
  it('shows the login prompt of a running VM, takes typed commands and says when the VM stops', async () => {
    await ui.open('debian-server');
    const console = new ConsolePanel(page, ui.details('debian-server'), 'debian-server');
    await console.open();
    await console.waitForText('debian-server login:');
    expect(await console.status.textContent()).toMatch(/^Connected\./);

    await console.type('root\r');
    await console.waitForText('Password:');
    await console.type('secret\r');
    await console.waitForText('root@debian-server:~#');
    await console.type('uname -r\r');
    await console.waitForText('6.1.0-27-amd64');
    expect(await console.screen()).not.toContain('secret');

    await ui.perform('Force Off');
    await console.waitForText('[the VM stopped]');
    await console.status.filter({ hasText: 'is not running' }).waitFor();
    expect(await console.button('Connect').isDisabled()).toBe(true);
    expect(cspViolations).toEqual([]);
  });

  it('copies the selection with Ctrl+Shift+C and pastes with Ctrl+Shift+V', async () => {
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await ui.open('fedora-workstation');
    const console = new ConsolePanel(page, ui.details('fedora-workstation'), 'fedora-workstation');
    await console.open();
    await console.waitForText('fedora-workstation login:');
    // A double click selects the word under the pointer: the host name of the prompt.
    const promptRow = console.textOnScreen('login:');
    await promptRow.scrollIntoViewIfNeeded();
    const box = await promptRow.boundingBox();
    if (!box) throw new Error('the prompt row is not on screen');
    await page.mouse.dblclick(box.x + 12, box.y + box.height / 2);
    await page.keyboard.press('Control+Shift+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/fedora/);
    await page.evaluate(() => navigator.clipboard.writeText('pasted-user'));
    await console.terminal.click();
    await page.keyboard.press('Control+Shift+V');
    await console.waitForText('login: pasted-user');
  });

  it('lets a second window take the console over', async () => {
    const other = await openApp(browser.browser, app);
    const otherUi = new VmManagerPage(other);
    await otherUi.open('fedora-workstation');
    const second = new ConsolePanel(
      other,
      otherUi.details('fedora-workstation'),
      'fedora-workstation',
    );
    await second.open();
    await second.status.filter({ hasText: 'open in another Virtdeck window' }).waitFor();
    await second.button('Take over').click();
    await second.status.filter({ hasText: /^Connected\./ }).waitFor();
    const first = new ConsolePanel(page, ui.details('fedora-workstation'), 'fedora-workstation');
    await first.waitForText('[another window took this console over]');
    await other.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

/**
 * Each VM has a page that fills the content area: header with state and actions, tabs,
 * the list one click, Back or Escape away, and an address that keeps the place through
 * Back, Forward and reload. Checked at both window sizes users have.
 */

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The part of `box` inside the viewport, so "in view" means wholly on screen. */
async function expectInView(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('not rendered');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

describe.each([
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])('the VM page at $width x $height', (viewport) => {
  let ui: VmManagerPage;

  beforeAll(async () => {
    ui = new VmManagerPage(await openApp(browser.browser, app));
    await ui.page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await ui.page.close();
  });

  it('fills the content area with the header, the actions and the tabs', async () => {
    const details = await ui.open('fedora-workstation');
    expect(await ui.list.count()).toBe(0);
    await details.getByRole('heading', { name: 'fedora-workstation', level: 1 }).waitFor();
    expect(await ui.state('fedora-workstation').textContent()).toContain('Running');
    const actions = details.getByRole('toolbar', { name: 'Actions for fedora-workstation' });
    for (const name of ['Shut Down', 'Reboot', 'Force Off', 'Pause']) {
      expect(await actions.getByRole('button', { name, exact: true }).isEnabled()).toBe(true);
    }
    expect(await details.getByRole('tab').allTextContents()).toEqual([
      'Overview',
      'Hardware',
      'Serial console',
      'Display',
    ]);
    const body = details.getByRole('tabpanel', { name: 'Overview' });
    const box = await body.boundingBox();
    // The tab's body reaches the bottom of the window: no strip under a list.
    expect(box && box.y + box.height).toBeGreaterThan(viewport.height - 40);
    await details.getByRole('grid', { name: 'Disks' }).getByText('vda').waitFor();
    await screenshot(ui.page, `vm-page-overview-${viewport.width}`);
  });

  it('gives the console all the room there is, its controls in view, and a full-screen mode', async () => {
    const details = await ui.open('debian-server', 'Serial console');
    const terminal = details.getByRole('group', { name: 'Serial console of debian-server' });
    await terminal.waitFor();
    await expectInView(ui.page, details.getByRole('button', { name: /^(Connect|Disconnect)$/ }));
    await expectInView(ui.page, terminal);
    const box = await terminal.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(viewport.height * 0.45);
    await screenshot(ui.page, `vm-page-console-${viewport.width}`);

    await details.getByRole('button', { name: 'Full screen' }).click();
    await ui.page.waitForFunction(() => document.fullscreenElement !== null);
    await details.getByRole('button', { name: 'Exit full screen' }).click();
    await ui.page.waitForFunction(() => document.fullscreenElement === null);
  });

  it('keeps the place in the address through reload, Back and Forward', async () => {
    await ui.open('win11', 'Hardware');
    expect(ui.page.url()).toMatch(/#\/hosts\/[^/]+\/vms\/[0-9a-f-]{36}\/hardware$/);
    await ui.page.reload();
    const details = ui.details('win11');
    await details.getByRole('tab', { name: 'Hardware', selected: true }).waitFor();
    await details.getByRole('region', { name: 'Devices' }).waitFor();

    await ui.page.goBack();
    await ui.list.waitFor();
    expect(await ui.row('win11').getAttribute('aria-selected')).toBe('true');
    await ui.page.goForward();
    await details.getByRole('tab', { name: 'Hardware', selected: true }).waitFor();
  });

  it('goes back to the list with Escape or the Back button, at the VM it left', async () => {
    await ui.open('alpine-router');
    await ui.page.keyboard.press('Escape');
    await ui.list.waitFor();
    expect(await ui.row('alpine-router').getAttribute('aria-selected')).toBe('true');
    // The keys are the list's again: Enter opens the selected VM.
    await ui.page.keyboard.press('Enter');
    await ui.details('alpine-router').waitFor();
    await ui.backToList.click();
    await ui.list.waitFor();
  });

  it('opens each VM at the top of its page', async () => {
    const first = await ui.open('fedora-workstation', 'Hardware');
    const body = first.getByRole('tabpanel', { name: 'Hardware' });
    await first.getByRole('region', { name: 'Devices' }).waitFor();
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const second = await ui.open('debian-server', 'Hardware');
    await second.getByRole('region', { name: 'Devices' }).waitFor();
    expect(
      await second.getByRole('tabpanel', { name: 'Hardware' }).evaluate((el) => el.scrollTop),
    ).toBe(0);
  });

  it('says so when the address names a VM the host does not have', async () => {
    await ui.open('win11');
    const url = new URL(ui.page.url());
    url.hash = url.hash.replace(/vms\/[0-9a-f-]{36}/, 'vms/00000000-0000-0000-0000-00000000dead');
    await ui.page.goto(url.toString());
    await ui.page.reload();
    await ui.page.getByRole('heading', { name: 'This VM is not on the host' }).waitFor();
    await ui.page.getByRole('button', { name: 'Back to the VM list' }).click();
    await ui.list.waitFor();
  });
});

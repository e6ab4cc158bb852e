import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createLibvirtDriver, type LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { startTestGuest, uniqueGuestName, type TestGuest } from '../fixtures/test-guest';
import { describeWhen, testGuest } from '../fixtures/requirements';
import { launchBrowser, openApp, screenshot, startApp, type RunningApp } from './harness';
import { DisplayPanel } from './pages/display-panel';
import { VmManagerPage } from './pages/vm-manager-page';

/**
 * The Display tab in Chromium, on a QEMU test guest with a VGA card and a VNC display on
 * qemu:///system (the firmware's and kernel's text are on its screen), and on the demo
 * host, which has no display to show.
 */
describeWhen('the graphical console in the window', testGuest, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let ui: VmManagerPage;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver, uniqueGuestName('vd-vnc-e2e'), { vnc: true });
    app = await startApp({ VIRTDECK_HOSTS: 'qemu:///system,demo:///' });
    browser = await launchBrowser();
    page = await openApp(browser.browser, app);
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    ui = new VmManagerPage(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await guest?.dispose();
    await driver?.close();
  });

  it("draws the guest's screen, scales it, and says when the VM stops", async () => {
    await ui.hosts.getByText('QEMU/KVM (system)').click();
    await ui.open(guest.name);
    const display = new DisplayPanel(page, ui.details(guest.name), guest.name);
    await display.open();
    await display.status.filter({ hasText: /^Connected\./ }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => display.distinctColours(), {
        timeout: 30_000,
        message: 'the display canvas shows more than one colour',
      })
      .toBeGreaterThanOrEqual(2);
    // Scaled to the pane by default: the canvas is no wider than its box.
    const box = await display.screen.boundingBox();
    const canvas = await display.screen.locator('canvas').boundingBox();
    expect(canvas!.width).toBeLessThanOrEqual(box!.width + 1);
    // 1:1: the canvas is drawn at the guest's own size.
    await ui.details(guest.name).getByText('Scale to fit').click();
    const drawnAt = () =>
      display.screen.locator('canvas').evaluate((element: HTMLCanvasElement) => ({
        shown: Math.round(element.getBoundingClientRect().width),
        own: element.width,
      }));
    await expect
      .poll(
        async () => {
          const size = await drawnAt();
          return size.shown - size.own;
        },
        { timeout: 5_000, message: 'the canvas is drawn at the guest’s own size' },
      )
      .toBe(0);
    await screenshot(page, 'display');

    await ui.perform('Force Off');
    await display.status.filter({ hasText: 'is not running' }).waitFor({ timeout: 15_000 });
    expect(await display.button('Connect').isDisabled()).toBe(true);
    expect(cspViolations).toEqual([]);
  }, 90_000);

  it('says the demo host has no graphical display', async () => {
    await ui.hosts.getByText('Demo host').click();
    await ui.open('debian-server');
    const display = new DisplayPanel(page, ui.details('debian-server'), 'debian-server');
    await display.open();
    await ui
      .details('debian-server')
      .getByRole('heading', { name: 'No graphical display' })
      .waitFor();
    await ui
      .details('debian-server')
      .getByText(/The demo host has no graphical display/)
      .waitFor();
  }, 30_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { describeWhen, libvirtd } from '../fixtures/requirements';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness';
import { HostsSidebar } from './pages/hosts-sidebar';
import { VmManagerPage } from './pages/vm-manager-page';

const TEST_URI = 'test+unix:///default';
const ADDED_NAME = 'libvirt test driver (default)';
const DEMO_NAME = 'Demo host';
const DEMO_VM = 'legacy-nas';
const STALE = '(last seen, host not connected)';

const domainXml = (name: string): string =>
  `<domain type='test'><name>${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`;

/**
 * Adding, renaming, disconnecting, connecting and removing a host from the sidebar, and
 * switching hosts with the keyboard alone, at two window sizes. The app starts with the
 * demo host; the test adds test+unix:///default. A direct connection of the test's own
 * holds the test driver's state (it resets when its last client leaves) while the app is
 * disconnected, and gives the host a VM of this test's.
 */
describeWhen('managing hosts in the sidebar', libvirtd, () => {
  const vmName = `e2e-hosts-${process.pid}`;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let direct: Driver;

  beforeAll(async () => {
    direct = await createLibvirtDriver(TEST_URI);
    await direct.defineDomain(domainXml(vmName));
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await direct
      ?.lookupDomainByName(vmName)
      .then((vm) => direct.undefineDomain(vm.uuid))
      .catch(() => undefined);
    await direct?.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    describe(`at ${viewport.width}x${viewport.height}`, () => {
      const renamed = `Test lab ${viewport.width}`;
      let page: Page;
      let ui: VmManagerPage;
      let sidebar: HostsSidebar;

      beforeAll(async () => {
        page = await browser.browser.newPage({ viewport });
        await page.goto(app.url);
        ui = new VmManagerPage(page);
        sidebar = new HostsSidebar(page);
        await ui.row(DEMO_VM).waitFor();
      });
      afterAll(async () => {
        await page?.close();
      });

      /**
       * The test's VM, found with the filter box: the shared test driver may hold many
       * VMs of others (benchmarks define a thousand), and the list renders only those in view.
       */
      const testVm = async (options: { timeout?: number } = {}) => {
        await page.getByRole('textbox', { name: 'Filter virtual machines' }).fill(vmName);
        const row = ui.row(vmName);
        await row.waitFor(options);
        return row;
      };

      it('adds the host and renames it; the name survives a reload', async () => {
        await sidebar.add(TEST_URI);
        await sidebar.host(ADDED_NAME).waitFor();
        await testVm({ timeout: 15_000 });

        await sidebar.rename(ADDED_NAME, renamed);
        await sidebar.host(renamed).waitFor();
        expect(await sidebar.host(ADDED_NAME).count()).toBe(0);

        await page.reload();
        await sidebar.host(renamed).waitFor();
        expect(await sidebar.status(renamed)).toBe('Connected');
      });

      it('names the host as the sidebar does when it is added again', async () => {
        const dialog = await sidebar.tryAdd(TEST_URI);
        await dialog.getByText(`${renamed} is already in the list.`).waitFor();
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        expect(await sidebar.nav.getByRole('button', { name: /^Actions for / }).count()).toBe(2);
      });

      it('disconnects it: Disconnected, its VMs greyed, and no reconnect attempt', async () => {
        await sidebar.host(renamed).click();
        await testVm();
        await sidebar.choose(renamed, /^Disconnect/);
        await expect.poll(() => sidebar.status(renamed)).toBe('Disconnected');
        await ui.row(vmName).getByText(STALE).waitFor({ state: 'attached' });
        await page.getByText(`${renamed} is disconnected`).waitFor();
        await screenshot(page, `hosts-disconnected-${viewport.width}`);
        // Well past the first automatic retry (1 s): still disconnected, nothing retried.
        await page.waitForTimeout(2_500);
        expect(await sidebar.status(renamed)).toBe('Disconnected');
        expect(await page.getByText(/Reconnecting/).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
        expect(
          await page
            .getByRole('alert')
            .filter({ hasText: /Could not/ })
            .count(),
        ).toBe(0);
      });

      it('connects it again: its VMs are back', async () => {
        await sidebar.choose(renamed, /^Connect/);
        await expect.poll(() => sidebar.status(renamed), { timeout: 15_000 }).toBe('Connected');
        const row = await testVm();
        await expect.poll(() => row.getByText(STALE).count()).toBe(0);
      });

      it('switches hosts with the keyboard alone', async () => {
        // Start from the page itself, not from a button the mouse last used.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const first = await sidebar.tabToHosts();
        const focused = sidebar.host(first);
        const outline = await focused.evaluate((button) => getComputedStyle(button).outlineStyle);
        expect(outline).not.toBe('none');
        await screenshot(page, `hosts-keyboard-${viewport.width}`);

        // To the demo host (↑/↓ move between hosts), and Enter selects it.
        const toDemo = first === DEMO_NAME ? undefined : 'ArrowUp';
        if (toDemo) await page.keyboard.press(toDemo);
        await expect
          .poll(() => sidebar.host(DEMO_NAME).evaluate((b) => b === document.activeElement))
          .toBe(true);
        await page.keyboard.press('Enter');
        await ui.row(DEMO_VM).waitFor();
        expect(await ui.row(vmName).count()).toBe(0);

        // And back with ↓ and Space.
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        await ui.row(DEMO_VM).waitFor({ state: 'detached' });
        expect(await sidebar.host(renamed).getAttribute('aria-current')).toBe('true');
        await testVm();
      });

      it('removes it after a confirmation that says nothing on the host changes', async () => {
        const said = await sidebar.remove(renamed);
        expect(said).toMatch(/leaves Virtdeck’s list/);
        expect(said).toMatch(/Nothing on\s+the host changes: its VMs keep running/);
        await sidebar.host(renamed).waitFor({ state: 'detached' });
        await page.reload();
        await sidebar.host(DEMO_NAME).waitFor();
        expect(await sidebar.host(renamed).count()).toBe(0);
        // Nothing on the host changed.
        expect((await direct.lookupDomainByName(vmName)).name).toBe(vmName);
      });
    });
  }
});

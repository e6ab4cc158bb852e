import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { DAEMON_SOCKET, describeWhen, libvirtd, testGuest } from '../fixtures/requirements';
import { startTestGuest, uniqueGuestName, type TestGuest } from '../fixtures/test-guest';
import { UnixSocketProxy } from '../helpers/unix-proxy';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';
import { overlaps, VmToolbarPage } from './pages/vm-toolbar';

/**
 * What the window says between asking a VM to shut down or reboot and the host reporting
 * that it did, where toasts sit, and the toolbar's layout at 1280 × 800. The page's clock
 * is Playwright's, so the one-minute wait before Force Off is offered takes no minute.
 */

/** Opens the app with a controllable clock (it runs at normal speed until told otherwise). */
export async function openAppWithClock(browser: Browser, app: RunningApp): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.clock.install();
  await page.goto(app.url);
  await page.getByRole('grid', { name: 'Virtual machines' }).waitFor();
  return page;
}

/** Waits until a VM's state cell reads exactly `text`. */
export async function expectState(
  ui: VmManagerPage,
  name: string,
  text: string,
  timeout = 15_000,
): Promise<void> {
  await ui.state(name).getByText(text, { exact: true }).waitFor({ timeout });
  expect((await ui.state(name).textContent())?.trim()).toBe(text);
}

describe('feedback on the demo host', () => {
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let ui: VmManagerPage;
  let bar: VmToolbarPage;

  beforeAll(async () => {
    // Slower pretend guests (a 7.5 s shutdown, a 4 s reboot), so each pending state is seen.
    app = await startApp({ VIRTDECK_DEMO_TIME_SCALE: '5' });
    browser = await launchBrowser();
    const page = await openAppWithClock(browser.browser, app);
    ui = new VmManagerPage(page);
    bar = new VmToolbarPage(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('says Shutting down… in the state cell and the toolbar until the VM stopped, across VM switches', async () => {
    await ui.select('debian-server');
    await expectState(ui, 'debian-server', 'Running');
    await ui.perform('Shut Down');
    await expectState(ui, 'debian-server', 'Shutting down…');
    await bar.status.getByText('Shutting down…').waitFor();
    await screenshot(ui.page, 'shutting-down');

    await ui.select('fedora-workstation');
    expect(await bar.status.textContent()).not.toContain('Shutting down');
    expect((await ui.state('debian-server').textContent())?.trim()).toBe('Shutting down…');
    await ui.select('debian-server');
    await bar.status.getByText('Shutting down…').waitFor();

    await expectState(ui, 'debian-server', 'Shut off', 20_000);
    expect(await bar.status.textContent()).not.toContain('Shutting down');
  });

  it('says Rebooting… until the guest has rebooted', async () => {
    await ui.select('fedora-workstation');
    await ui.perform('Reboot');
    await expectState(ui, 'fedora-workstation', 'Rebooting…');
    await bar.status.getByText('Rebooting…').waitFor();
    // The pretend guest resets after 4 s; the reboot event ends the wait, long before the
    // longest the window would wait without one.
    await expectState(ui, 'fedora-workstation', 'Running', 12_000);
    expect(await bar.status.textContent()).not.toContain('Rebooting');
  });

  it('offers Force Off when a shutdown has not finished after a minute', async () => {
    await ui.select('freebsd-build');
    await ui.perform('Shut Down');
    await expectState(ui, 'freebsd-build', 'Shutting down…');
    await ui.page.clock.fastForward('01:01');
    const offer = bar.toast('“freebsd-build” has not shut down after a minute');
    await offer.waitFor({ timeout: 5_000 });
    await offer.getByRole('button', { name: 'Force Off' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Force off “freebsd-build”?' });
    await dialog.getByRole('button', { name: 'Force Off' }).click();
    await expectState(ui, 'freebsd-build', 'Shut off');
    await offer.waitFor({ state: 'detached' });
  });

  it('keeps toasts off the toolbar, in a live region', async () => {
    await ui.select('legacy-nas');
    await ui.perform('Run');
    const toast = bar.toast('Could not start “legacy-nas”');
    await toast.waitFor();
    await screenshot(ui.page, 'toast');
    const toastBox = await toast.boundingBox();
    expect(toastBox).not.toBeNull();
    const covered = (await bar.buttonBoxes())
      .filter(({ box }) => overlaps(box, toastBox!))
      .map(({ name }) => name);
    expect(covered).toEqual([]);
    expect(await bar.toasts.getAttribute('aria-live')).toBe('polite');
    await toast.getByRole('button', { name: 'Close notification' }).click();
  });

  it('lays the toolbar out in one row of equally tall buttons at 1280 px, and says why Delete is off', async () => {
    await ui.select('fedora-workstation');
    await expectState(ui, 'fedora-workstation', 'Running');
    await screenshot(ui.page, 'toolbar-1280');
    const boxes = await bar.buttonBoxes();
    expect(boxes.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'New VM',
        'Run',
        'Shut Down',
        'Reboot',
        'Force Off',
        'Pause',
        'Resume',
        'Delete',
      ]),
    );
    const tops = new Set(boxes.map(({ box }) => Math.round(box.y)));
    const heights = new Set(boxes.map(({ box }) => Math.round(box.height)));
    expect({ tops: [...tops], heights: [...heights] }).toEqual({
      tops: [[...tops][0]],
      heights: [[...heights][0]],
    });

    const remove = bar.button('Delete');
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    expect(await bar.tooltipOf(remove)).toBe('Stop the VM to delete it');
    expect(await remove.getAttribute('aria-description')).toBe('Stop the VM to delete it');
  });
});

/** The app's only host is the test driver behind this test's own proxy, cut to look like a restart. */
describeWhen('actions while the host is reconnecting', libvirtd, () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-lifecycle-'));
  const proxy = new UnixSocketProxy(join(dir, 'libvirt-sock'), DAEMON_SOCKET);
  const name = `e2e-lf-${process.pid}`;
  let direct: Driver;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let ui: VmManagerPage;
  let bar: VmToolbarPage;

  beforeAll(async () => {
    await proxy.up();
    // Holds the test driver's state while the app's connection is down.
    direct = await createLibvirtDriver('test+unix:///default');
    const vm = await direct.defineDomain(
      `<domain type='test'><name>${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`,
    );
    await direct.start(vm.uuid);
    app = await startApp({ VIRTDECK_HOSTS: `test+unix:///default?socket=${proxy.path}` });
    browser = await launchBrowser();
    const page = await openAppWithClock(browser.browser, app);
    ui = new VmManagerPage(page);
    bar = new VmToolbarPage(page);
  });
  afterAll(async () => {
    await direct
      ?.lookupDomainByName(name)
      .then(async (vm) => {
        await direct.destroy(vm.uuid).catch(() => undefined);
        await direct.undefineDomain(vm.uuid);
      })
      .catch(() => undefined);
    await browser?.close();
    await app?.stop();
    await direct?.close();
    await proxy.down();
    rmSync(dir, { recursive: true, force: true });
  });

  it('disables the lifecycle buttons and says why until the host is back', async () => {
    await ui.hosts.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
    await ui.select(name);
    await expectState(ui, name, 'Running');
    expect(await ui.enabledActions()).toEqual(['Shut Down', 'Reboot', 'Force Off', 'Pause']);

    await proxy.down();
    await ui.hosts.getByText(/Reconnecting…/).waitFor({ timeout: 10_000 });
    await expect.poll(() => ui.enabledActions(), { timeout: 5_000 }).toEqual([]);
    expect(await bar.tooltipOf(bar.button('Shut Down'))).toBe('The host is reconnecting');
    await ui.page.keyboard.press('Escape');

    await proxy.up();
    await ui.hosts.getByText('Connected', { exact: true }).waitFor({ timeout: 45_000 });
    await expect
      .poll(() => ui.enabledActions(), { timeout: 10_000 })
      .toEqual(['Shut Down', 'Reboot', 'Force Off', 'Pause']);
  });
});

/** The busybox test guest ignores ACPI: a shutdown request never finishes by itself. */
describeWhen('a real guest that ignores Shut Down', testGuest, () => {
  let driver: Driver;
  let guest: TestGuest;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let ui: VmManagerPage;
  let bar: VmToolbarPage;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver, uniqueGuestName('vd-shutdown-e2e'));
    app = await startApp({ VIRTDECK_HOSTS: 'qemu:///system' });
    browser = await launchBrowser();
    const page = await openAppWithClock(browser.browser, app);
    ui = new VmManagerPage(page);
    bar = new VmToolbarPage(page);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await guest?.dispose();
    await driver?.close();
  });

  it('says Shutting down… while the guest ignores it, then offers Force Off after a minute', async () => {
    await ui.select(guest.name);
    await expectState(ui, guest.name, 'Running');
    await ui.perform('Shut Down');
    await expectState(ui, guest.name, 'Shutting down…');
    // Ten seconds on, the guest has still not reacted, and the window still says so.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    expect((await ui.state(guest.name).textContent())?.trim()).toBe('Shutting down…');
    await bar.status.getByText('Shutting down…').waitFor();
    expect(await bar.toast('has not shut down').count()).toBe(0);

    await ui.page.clock.fastForward('01:00');
    const offer = bar.toast(`“${guest.name}” has not shut down after a minute`);
    await offer.waitFor({ timeout: 5_000 });
    await screenshot(ui.page, 'shutdown-overdue');
    await offer.getByRole('button', { name: 'Force Off' }).click();
    await ui.page
      .getByRole('dialog', { name: `Force off “${guest.name}”?` })
      .getByRole('button', { name: 'Force Off' })
      .click();
    await expectState(ui, guest.name, 'Shut off', 20_000);
    await offer.waitFor({ state: 'detached' });
    expect(await bar.status.textContent()).not.toContain('Shutting down');
  }, 60_000);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createLibvirtDriver, type LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { capabilityOf } from '../fixtures/host-capability';
import { describeWhen, qemuSystem } from '../fixtures/requirements';
import { uniqueGuestName } from '../fixtures/test-guest';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

/**
 * What the window offers on qemu:///system follows the host's domain capabilities: on a
 * host without swtpm an emulated TPM is shown disabled with what to install, and the page
 * opens on the host's TPM; on a host with it, it is offered. A shut-off q35 VM is enough.
 */
describeWhen('capability-bound choices in the window', qemuSystem, () => {
  let driver: LibvirtDriver;
  let uuid: string;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let page: Page;
  let ui: VmManagerPage;
  const name = uniqueGuestName('vd-caps-e2e');

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    ({ uuid } = await driver.defineDomain(`<domain type='qemu'>
  <name>${name}</name>
  <memory unit='MiB'>64</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
</domain>`));
    app = await startApp({ VIRTDECK_HOSTS: 'qemu:///system' });
    browser = await launchBrowser();
    page = await openApp(browser.browser, app);
    ui = new VmManagerPage(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (uuid) await driver.undefineDomain(uuid).catch(() => undefined);
    await driver?.close();
  });

  it('offers an emulated TPM only where the host can emulate one', async () => {
    const swtpm = await capabilityOf(driver, uuid, 'tpm.backend', 'emulator');
    await ui.open(name, 'Hardware');
    await ui.details(name).getByRole('button', { name: 'Add hardware' }).click();
    const dialog = page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByRole('combobox', { name: 'Kind of hardware' }).selectOption({ label: 'TPM' });
    const backend = dialog.getByRole('combobox', { name: 'TPM backend' });
    if (swtpm.available) {
      await expect.poll(() => backend.inputValue()).toBe('emulator');
      return;
    }
    // The page moves off the emulated TPM once the host has answered, and says why.
    await expect.poll(() => backend.inputValue()).toBe('passthrough');
    const emulated = backend.getByRole('option', { name: 'Emulated (swtpm) (not on this host)' });
    expect(await emulated.isDisabled()).toBe(true);
    await expect.poll(() => dialog.getByText(swtpm.reason, { exact: true }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  });
});

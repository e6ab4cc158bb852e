import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { NewVmWizardPage } from './pages/new-vm-wizard';
import { VmManagerPage } from './pages/vm-manager-page';

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let ui: VmManagerPage;
let wizard: NewVmWizardPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const page = await openApp(browser.browser, app);
  ui = new VmManagerPage(page);
  wizard = new NewVmWizardPage(page);
  await ui.hosts.getByText('Demo host').waitFor();
  await ui.row('win11').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the New VM wizard on the demo host', () => {
  it('refuses a taken name under the field and keeps Next disabled', async () => {
    await wizard.open();
    await wizard.fill('Name', 'win11');
    expect(await wizard.problemOf('Name')).toBe(
      'A VM named "win11" already exists on this host. Choose another name.',
    );
    expect(await wizard.button('Next').isDisabled()).toBe(true);
    await wizard.button('Cancel').click();
    await wizard.dialog.waitFor({ state: 'detached' });
  });

  it('walks every step, shows the XML, creates the VM and selects it running', async () => {
    await wizard.open();
    await wizard.fill('Name', 'e2e-web');
    expect(await wizard.field('ISO image').inputValue()).toBe('debian-12-netinst.iso');
    await wizard.next();

    await wizard.fill('Memory (MiB)', '999999999');
    expect(await wizard.problemOf('Memory (MiB)')).toMatch(/This host has 65536 MiB of memory/);
    await wizard.fill('Memory (MiB)', '1024');
    await wizard.fill('vCPUs', '1');
    await wizard.choose('Firmware', 'UEFI');
    await wizard.next();

    expect(await wizard.field('Volume name').inputValue()).toBe('e2e-web.qcow2');
    await wizard.fill('Size (GiB)', '0');
    expect(await wizard.problemOf('Size (GiB)')).toBe('the disk needs a size above zero');
    await wizard.fill('Size (GiB)', '8');
    await wizard.next();

    expect(await wizard.field('Network').inputValue()).toBe('default');
    await wizard.next();

    await wizard
      .xml()
      .getByText(/<name>e2e-web<\/name>/)
      .waitFor();
    const xml = (await wizard.xml().textContent()) ?? '';
    expect(xml).toContain('<os firmware="efi">');
    expect(xml).toContain('volume="e2e-web.qcow2"');
    expect(await wizard.field('Start the VM after creating it').isChecked()).toBe(true);

    await wizard.button('Create').click();
    await wizard.dialog.waitFor({ state: 'detached' });
    // The new VM's page opens, to watch it start.
    await ui.details('e2e-web').getByRole('heading', { name: 'e2e-web', level: 1 }).waitFor();
    await ui.state('e2e-web').filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
    await ui.page
      .getByRole('alert')
      .filter({ hasText: 'Created and started "e2e-web".' })
      .first()
      .waitFor();
  });

  it('records the chosen OS, shows it and every choice on Review, and lists the VM with it', async () => {
    await wizard.open();
    await wizard.fill('Name', 'e2e-os');
    expect(await wizard.field('Operating system').inputValue()).toBe('');
    await wizard.choose('Operating system', 'Debian 12');
    await wizard.step('Memory and CPUs').click();
    await wizard.fill('vCPUs', '1');
    await wizard.step('Storage').click();
    await wizard.choose('System disk', 'No disk');
    await wizard.step('Review').click();
    expect(await wizard.summary()).toMatchObject({
      'Operating system': 'Debian 12',
      Processors: '1 vCPU',
      Firmware: 'BIOS',
      Network: 'virtual network default',
    });
    await wizard.xml().getByText(/libosinfo:os id="http:\/\/debian.org\/debian\/12"/).waitFor();
    await wizard.field('Start the VM after creating it').uncheck();
    await wizard.step('Memory and CPUs').click();
    await wizard.fill('vCPUs', '2');
    await wizard.step('Review').click();
    expect((await wizard.summary())['Processors']).toBe('2 vCPUs');

    await wizard.button('Create').click();
    await wizard.dialog.waitFor({ state: 'detached' });
    await ui.details('e2e-os').getByRole('heading', { name: 'e2e-os', level: 1 }).waitFor();
    await ui.showList();
    await ui.row('e2e-os').waitFor();
    const names = await ui.vmNames();
    expect((await ui.column('OS'))[names.indexOf('e2e-os')]).toBe('Debian 12');
  });

  it('refuses a volume name the pool already has, under the field', async () => {
    await wizard.open();
    await wizard.fill('Name', 'e2e-web');
    expect(await wizard.problemOf('Name')).toMatch(/already exists/);
    await wizard.fill('Name', 'e2e-db');
    await wizard.step('Storage').click();
    await wizard.fill('Volume name', 'e2e-web.qcow2');
    expect(await wizard.problemOf('Volume name')).toMatch(
      /already has a volume named "e2e-web.qcow2". Choose another name./,
    );
    await wizard.button('Cancel').click();
  });

  it('deletes a shut-off VM with its volume only when asked, and refuses a running one', async () => {
    await ui.select('e2e-web');
    const remove = ui.page.getByRole('button', { name: 'Delete', exact: true });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    await ui.perform('Force Off');
    await ui.state('e2e-web').filter({ hasText: 'Shut off' }).waitFor({ timeout: 15_000 });
    await remove.click();
    const dialog = ui.page.getByRole('dialog', { name: 'Delete “e2e-web”?' });
    const volumes = dialog.getByLabel('Also delete the storage volumes only this VM uses');
    expect(await volumes.isChecked()).toBe(false);
    await volumes.check();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.page
      .getByRole('alert')
      .filter({ hasText: 'Deleted “e2e-web” and default/e2e-web.qcow2.' })
      .first()
      .waitFor();
    await ui.row('e2e-web').waitFor({ state: 'detached' });
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { NewVmWizardPage } from './pages/new-vm-wizard';
import { VmManagerPage } from './pages/vm-manager-page';

/**
 * The README's pictures of the window, taken from the running app so they stay current:
 * `npm run screenshots` writes them to docs/screenshots. In an ordinary run the same
 * scenes are walked through (each must render) and nothing is written.
 */

const OUT = process.env['VIRTDECK_README_SCREENSHOTS']
  ? join(import.meta.dirname, '../../docs/screenshots')
  : undefined;

async function picture(page: Page, name: string): Promise<void> {
  // Let the sparklines and the console settle, and no caret blink into the picture.
  await page.waitForTimeout(OUT ? 1500 : 0);
  if (!OUT) return;
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `${name}.png`), caret: 'hide', animations: 'disabled' });
}

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let ui: VmManagerPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  ui = new VmManagerPage(await openApp(browser.browser, app));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the README pictures (demo host, 1280x800)', () => {
  it('the VM list, light and dark', async () => {
    await ui.select('fedora-workstation');
    await picture(ui.page, 'vm-list');
    await ui.page.emulateMedia({ colorScheme: 'dark' });
    await picture(ui.page, 'vm-list-dark');
    await ui.page.emulateMedia({ colorScheme: 'light' });
  });

  it("a VM's page with its serial console", async () => {
    const details = await ui.open('debian-server', 'Serial console');
    await details
      .getByRole('group', { name: 'Serial console of debian-server' })
      .getByText('login:')
      .waitFor();
    await picture(ui.page, 'vm-console');
  });

  it('Add hardware', async () => {
    const details = await ui.open('fedora-workstation', 'Hardware');
    await details.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = ui.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByLabel('Path on the host').fill('/var/lib/libvirt/images/data.qcow2');
    await picture(ui.page, 'add-hardware');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('New VM', async () => {
    const wizard = new NewVmWizardPage(ui.page);
    await wizard.open();
    await wizard.fill('Name', 'web-01');
    await wizard.field('Operating system').selectOption({ label: 'Debian 12' });
    await picture(ui.page, 'new-vm');
    await wizard.button('Cancel').click();
  });
});

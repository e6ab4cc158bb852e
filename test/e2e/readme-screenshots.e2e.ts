import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NewVmWizardPage } from './pages/new-vm-wizard';
import { useWindow } from './window';

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

const win = useWindow();

describe('the README pictures (demo host, 1280x800)', () => {
  it('the VM list, light and dark', async () => {
    await win.ui.select('fedora-workstation');
    await picture(win.ui.page, 'vm-list');
    await win.ui.page.emulateMedia({ colorScheme: 'dark' });
    await picture(win.ui.page, 'vm-list-dark');
    await win.ui.page.emulateMedia({ colorScheme: 'light' });
  });

  it("a VM's page with its serial console", async () => {
    const details = await win.ui.open('debian-server', 'Serial console');
    await details
      .getByRole('group', { name: 'Serial console of debian-server' })
      .getByText('login:')
      .waitFor();
    await picture(win.ui.page, 'vm-console');
  });

  it('Add hardware', async () => {
    const details = await win.ui.open('fedora-workstation', 'Hardware');
    await details.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = win.ui.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByLabel('Path on the host').fill('/var/lib/libvirt/images/data.qcow2');
    await picture(win.ui.page, 'add-hardware');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('New VM', async () => {
    const wizard = new NewVmWizardPage(win.ui.page);
    await wizard.open();
    await wizard.fill('Name', 'web-01');
    await wizard.field('Operating system').selectOption({ label: 'Debian 12' });
    await picture(win.ui.page, 'new-vm');
    await wizard.button('Cancel').click();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeWhen, libvirtd, virshProgram } from '../fixtures/requirements';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

const TEST_URI = 'test+unix:///default';

function virsh(...args: string[]): string {
  return execFileSync('virsh', ['-c', TEST_URI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describeWhen('a libvirt host in the browser (test+unix:///default)', [libvirtd, virshProgram], () => {
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let ui: VmManagerPage;
  const vmName = `e2e-ui-${process.pid}`;
  const scratch = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-'));

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    ui = new VmManagerPage(await openApp(browser.browser, app));
  });
  afterAll(async () => {
    try {
      virsh('destroy', vmName);
    } catch {
      // already shut off
    }
    try {
      virsh('undefine', vmName);
    } catch {
      // never defined
    }
    rmSync(scratch, { recursive: true, force: true });
    await browser?.close();
    await app?.stop();
  });

  it('refuses a host it cannot reach, and keeps no entry for it', async () => {
    await ui.page.getByRole('button', { name: 'Add host' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Add a host' });
    await dialog.getByRole('textbox', { name: /libvirt URI/ }).fill('not a uri');
    await dialog.getByText(/A libvirt URI looks like/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Add host' }).isDisabled()).toBe(true);

    await dialog.getByRole('textbox', { name: /libvirt URI/ }).fill('qemu+tcp://127.0.0.1:1/system');
    await dialog.getByRole('button', { name: 'Add host' }).click();
    await dialog.getByText('The host could not be added').waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await ui.hosts.getByText(/127\.0\.0\.1:1/).count()).toBe(0);
  });

  it('adds the host by URI and runs a VM on it through the UI', async () => {
    await ui.page.getByRole('button', { name: 'Add host' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Add a host' });
    await dialog.getByRole('textbox', { name: /libvirt URI/ }).fill(TEST_URI);
    await dialog.getByRole('button', { name: 'Add host' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await ui.hosts.getByText('libvirt test driver (default)').waitFor();

    // Defined while the app is connected: the test driver keeps its state only while
    // some client is; the new VM reaches the UI through libvirt's lifecycle event.
    const file = join(scratch, 'vm.xml');
    writeFileSync(file, `<domain type='test'><name>${vmName}</name><memory>65536</memory><os><type>hvm</type></os></domain>`);
    virsh('define', file);

    await ui.row(vmName).waitFor({ timeout: 15_000 });
    await ui.select(vmName);
    await ui.state(vmName).filter({ hasText: 'Shut off' }).waitFor();
    await ui.perform('Run');
    await ui.state(vmName).filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
    expect(virsh('domstate', vmName).trim()).toBe('running');
    await ui.perform('Force Off');
    await ui.state(vmName).filter({ hasText: 'Shut off' }).waitFor({ timeout: 15_000 });
    expect(virsh('domstate', vmName).trim()).toBe('shut off');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeWhen } from '../fixtures/requirements';
import { sshdMissing, startSshd, type SshdFixture } from '../fixtures/sshd';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

/**
 * Adding test+ssh://root@127.0.0.1:PORT/default in the browser against a real sshd
 * (test/fixtures/sshd.ts) whose key no known_hosts file has: the dialog shows the
 * fingerprint, "Trust and connect" adds the host, and a restarted app reconnects to it
 * with the key it recorded.
 */
describeWhen('an SSH host in the browser', sshdMissing, () => {
  let sshd: SshdFixture;
  let browser: { browser: Browser; close(): Promise<void> };
  let app: RunningApp | undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-ssh-'));
  const configDir = join(scratch, 'config');
  const emptyKnownHosts = join(scratch, 'known_hosts');

  beforeAll(async () => {
    sshd = await startSshd();
    writeFileSync(emptyKnownHosts, '');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await sshd?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows the unknown host key, trusts it on request and connects', async () => {
    app = await startApp({ VIRTDECK_CONFIG_DIR: configDir });
    const ui = new VmManagerPage(await openApp(browser.browser, app));
    await ui.page.getByRole('button', { name: 'Add host' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Add a host' });
    await dialog
      .getByRole('textbox', { name: /libvirt URI/ })
      .fill(sshd.uri('test:///default', { known_hosts: emptyKnownHosts }));
    await dialog.getByRole('button', { name: 'Add host' }).click();

    await dialog
      .getByText('The SSH host key of 127.0.0.1 port', { exact: false })
      .waitFor({ timeout: 20_000 });
    expect(await dialog.getByTestId('host-key-fingerprint').textContent()).toBe(sshd.fingerprint);
    await dialog.getByRole('button', { name: 'Trust and connect' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });

    await ui.hosts
      .getByText(`libvirt test driver (default) on root@127.0.0.1:${sshd.port}`)
      .waitFor();
    await ui.row('test').waitFor({ timeout: 15_000 });
    expect(readFileSync(join(configDir, 'known_hosts'), 'utf8')).toBe(
      `[127.0.0.1]:${sshd.port} ${sshd.hostPublicKey}\n`,
    );
  });

  it('reconnects to the saved host with the trusted key after a restart', async () => {
    await app?.stop();
    // No pinned hosts: the app opens what hosts.json in the config folder lists.
    app = await startApp({ VIRTDECK_CONFIG_DIR: configDir, VIRTDECK_HOSTS: '' });
    // The local daemons found at start come too, and the one shown first may have no VMs
    // (so no list to wait for): wait for the SSH host in the sidebar instead.
    const page = await browser.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    const ui = new VmManagerPage(page);
    const host = ui.hosts.getByText(`libvirt test driver (default) on root@127.0.0.1:${sshd.port}`);
    await host.click({ timeout: 20_000 });
    await ui.row('test').waitFor({ timeout: 20_000 });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Driver } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { describeWhen, libvirtd } from '../fixtures/requirements';
import { UnixSocketProxy } from '../helpers/unix-proxy';
import { launchBrowser, openApp, screenshot, startApp, type RunningApp } from './harness';
import { VmManagerPage } from './pages/vm-manager-page';

const DAEMON_SOCKET = '/var/run/libvirt/libvirt-sock';

const domainXml = (name: string): string =>
  `<domain type='test'><name>${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`;

/**
 * The app's only host is the test driver behind a proxy of this test's own; cutting the
 * proxy for a few seconds looks to the app like a daemon restart, while the shared daemon
 * runs on for everyone else.
 */
describeWhen('a host that comes back by itself', libvirtd, () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-reconnect-'));
  const proxy = new UnixSocketProxy(join(dir, 'libvirt-sock'), DAEMON_SOCKET);
  const kept = `e2e-rc-kept-${process.pid}`;
  const added = `e2e-rc-new-${process.pid}`;
  let app: RunningApp;
  let browser: { browser: Browser; close(): Promise<void> };
  let ui: VmManagerPage;
  // Holds the test driver's state while the app's connection is down (it resets when its
  // last client leaves), and changes it meanwhile.
  let direct: Driver;

  beforeAll(async () => {
    await proxy.up();
    direct = await createLibvirtDriver('test+unix:///default');
    await direct.defineDomain(domainXml(kept));
    const uri = `test+unix:///default?socket=${proxy.path}`;
    app = await startApp({ VIRTDECK_HOSTS: uri });
    browser = await launchBrowser();
    ui = new VmManagerPage(await openApp(browser.browser, app));
  });
  afterAll(async () => {
    for (const name of [kept, added]) {
      await direct
        ?.lookupDomainByName(name)
        .then((vm) => direct.undefineDomain(vm.uuid))
        .catch(() => undefined);
    }
    await browser?.close();
    await app?.stop();
    await direct?.close();
    await proxy.down();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows Reconnecting with the attempt, keeps the VMs greyed, and is back without a click', async () => {
    const sidebar = ui.hosts;
    await sidebar.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
    await ui.row(kept).waitFor({ timeout: 15_000 });

    await proxy.down();
    await sidebar.getByText(/Reconnecting… \(attempt \d+/).waitFor({ timeout: 10_000 });
    await sidebar.getByText(/Lost the connection to/).waitFor();
    // The list keeps the last known VMs, marked as such, and offers "Retry now".
    await ui.row(kept).getByText('(last seen, host not connected)').waitFor({ state: 'attached' });
    await ui.page.getByRole('button', { name: 'Retry now' }).waitFor();
    await direct.defineDomain(domainXml(added));
    await sidebar.getByText(/Reconnecting… \(attempt [2-9]/).waitFor({ timeout: 15_000 });
    await screenshot(ui.page, 'reconnecting');

    await proxy.up();
    await sidebar.getByText('Connected', { exact: true }).waitFor({ timeout: 45_000 });
    await ui.row(added).waitFor({ timeout: 15_000 });
    expect(await ui.row(kept).getByText('(last seen, host not connected)').count()).toBe(0);
    expect(await ui.page.getByRole('button', { name: 'Retry now' }).count()).toBe(0);
  });
});

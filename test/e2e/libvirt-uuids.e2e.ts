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
  return execFileSync('virsh', ['-c', TEST_URI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * libvirt takes any 32 hexadecimal digits as a UUID, not only RFC 4122's versions and
 * variants: its test driver's own VM has one such UUID, and users define VMs with others.
 * Every action must work on them, as on any VM.
 */
describeWhen(
  'VMs whose UUID is no RFC 4122 UUID (test+unix:///default)',
  [libvirtd, virshProgram],
  () => {
    let app: RunningApp;
    let browser: { browser: Browser; close(): Promise<void> };
    let ui: VmManagerPage;
    const vmName = `e2e-uuid-${process.pid}`;
    const scratch = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-'));

    beforeAll(async () => {
      app = await startApp({ VIRTDECK_HOSTS: TEST_URI });
      browser = await launchBrowser();
      ui = new VmManagerPage(await openApp(browser.browser, app));
      await ui.row('test').waitFor({ timeout: 20_000 });
    });
    afterAll(async () => {
      try {
        virsh('undefine', vmName);
      } catch {
        // never defined
      }
      rmSync(scratch, { recursive: true, force: true });
      await browser?.close();
      await app?.stop();
    });

    it("shows the details of the test driver's own VM and pauses and resumes it", async () => {
      expect(virsh('domuuid', 'test').trim()).toBe('6695eb01-f6a4-8304-79aa-97f2502e193f');
      await ui.select('test');
      await ui.state('test').filter({ hasText: 'Running' }).waitFor();
      await ui.perform('Pause');
      await ui.state('test').filter({ hasText: 'Paused' }).waitFor({ timeout: 15_000 });
      await ui.perform('Resume');
      await ui.state('test').filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
      expect(await ui.page.getByText(/Invalid UUID|Invalid request/).count()).toBe(0);
    });

    it('runs and stops a VM defined with the UUID 12345678-1234-1234-1234-123456789abc', async () => {
      const file = join(scratch, 'vm.xml');
      writeFileSync(
        file,
        `<domain type='test'><name>${vmName}</name><uuid>12345678-1234-1234-1234-123456789abc</uuid><memory>65536</memory><os><type>hvm</type></os></domain>`,
      );
      virsh('define', file);
      await ui.row(vmName).waitFor({ timeout: 15_000 });
      await ui.select(vmName);
      await ui.perform('Run');
      await ui.state(vmName).filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
      await ui.perform('Force Off');
      await ui.state(vmName).filter({ hasText: 'Shut off' }).waitFor({ timeout: 15_000 });
      expect(virsh('domstate', vmName).trim()).toBe('shut off');
    });
  },
);

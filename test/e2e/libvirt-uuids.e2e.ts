import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWhen, libvirtd, virshProgram } from '../fixtures/requirements';
import { useWindow } from './window';

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
    const win = useWindow({ VIRTDECK_HOSTS: TEST_URI });
    const vmName = `e2e-uuid-${process.pid}`;
    const scratch = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-'));

    beforeAll(async () => {
      await win.ui.row('test').waitFor({ timeout: 20_000 });
    });
    afterAll(() => {
      try {
        virsh('undefine', vmName);
      } catch {
        // never defined
      }
      rmSync(scratch, { recursive: true, force: true });
    });

    it("shows the details of the test driver's own VM and pauses and resumes it", async () => {
      expect(virsh('domuuid', 'test').trim()).toBe('6695eb01-f6a4-8304-79aa-97f2502e193f');
      await win.ui.select('test');
      await win.ui.state('test').filter({ hasText: 'Running' }).waitFor();
      await win.ui.perform('Pause');
      await win.ui.state('test').filter({ hasText: 'Paused' }).waitFor({ timeout: 15_000 });
      await win.ui.perform('Resume');
      await win.ui.state('test').filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
      expect(await win.ui.page.getByText(/Invalid UUID|Invalid request/).count()).toBe(0);
    });

    it('runs and stops a VM defined with the UUID 12345678-1234-1234-1234-123456789abc', async () => {
      const file = join(scratch, 'vm.xml');
      writeFileSync(
        file,
        `<domain type='test'><name>${vmName}</name><uuid>12345678-1234-1234-1234-123456789abc</uuid><memory>65536</memory><os><type>hvm</type></os></domain>`,
      );
      virsh('define', file);
      await win.ui.row(vmName).waitFor({ timeout: 15_000 });
      await win.ui.select(vmName);
      await win.ui.perform('Run');
      await win.ui.state(vmName).filter({ hasText: 'Running' }).waitFor({ timeout: 15_000 });
      await win.ui.perform('Force Off');
      await win.ui.state(vmName).filter({ hasText: 'Shut off' }).waitFor({ timeout: 15_000 });
      expect(virsh('domstate', vmName).trim()).toBe('shut off');
    });
  },
);

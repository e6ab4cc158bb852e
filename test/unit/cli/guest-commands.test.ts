import { spawn } from 'node:child_process';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { GuestShell, startTestGuest } from '../../fixtures/test-guest';
import type { TestGuest } from '../../fixtures/test-guest';
import { eventually } from '../../fixtures/test-guest-events';
import { describeWhenAvailable, testGuestMissing } from '../../fixtures/test-guest-libvirt';

// The sources, not bin/virtdeck.mjs, which prefers a build in out/ that may be older.
const cliSource = fileURLToPath(new URL('../../../src/main/cli/index.ts', import.meta.url));

/**
 * `virtdeck console` as a separate process (it owns standard input), on the QEMU test
 * guest: what is typed reaches the guest's shell, its output comes back, Ctrl+] leaves
 * with status 0.
 */
describeWhenAvailable('virtdeck console (QEMU test guest)', testGuestMissing, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
  }, 120_000);

  afterAll(async () => {
    await guest?.dispose();
    await driver?.close();
  });

  it('relays the terminal to the guest shell until Ctrl+]', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cliSource, '-c', 'qemu:///system', 'console', guest.name],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let exitCode: number | null | undefined;
    child.on('exit', (code) => (exitCode = code));
    // The command's terminal, seen from the outside: type into its stdin, read its stdout.
    const shell = new GuestShell(Duplex.from({ readable: child.stdout, writable: child.stdin }));
    try {
      await eventually(
        () => shell.transcript.includes('Escape character is ^] (Ctrl + ])') || undefined,
        'the banner',
      );
      expect(shell.transcript).toContain(`Connected to domain '${guest.name}'`);
      await shell.waitForPrompt();
      expect(await shell.run('echo "sum=$((40 + 2))"')).toBe('sum=42');
      child.stdin.write('\x1d');
      expect(await eventually(() => exitCode ?? undefined, 'virtdeck to exit after Ctrl+]')).toBe(
        0,
      );
    } finally {
      child.kill();
    }
  }, 150_000);
});

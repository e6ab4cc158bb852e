import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { GuestShell, startTestGuest } from '../../fixtures/test-guest';
import type { TestGuest } from '../../fixtures/test-guest';
import { eventually } from '../../fixtures/test-guest-events';
import { describeWhen, testGuest } from '../../fixtures/requirements';
import { runCli } from '../../unit/cli/run-cli';

// The sources, not bin/virtdeck.mjs, which prefers a build in out/ that may be older.
const cliSource = fileURLToPath(new URL('../../../src/main/cli/index.ts', import.meta.url));

/**
 * The commands that need a running guest, on the QEMU test guest: `console` (as a
 * separate process, since it owns standard input) and `detach-device --wait`.
 */
describeWhen('virtdeck with a QEMU test guest', testGuest, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let scratch: string;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
    // QEMU runs as another user: the disk images' directory must be searchable.
    scratch = await mkdtemp(join(tmpdir(), 'virtdeck-cli-guest-'));
    await chmod(scratch, 0o755);
  }, 120_000);

  afterAll(async () => {
    await guest?.dispose();
    await driver?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const qemu = (...args: string[]) => runCli(['-c', 'qemu:///system', ...args]);

  /** A device file for a blank 1 MiB raw disk at vdb. */
  const diskFile = async (name: string): Promise<string> => {
    const image = join(scratch, `${name}.raw`);
    await writeFile(image, Buffer.alloc(1024 * 1024));
    const xml = `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='${image}'/><target dev='vdb' bus='virtio'/></disk>\n`;
    const file = join(scratch, `${name}.xml`);
    await writeFile(file, xml);
    return file;
  };

  it('detach-device --wait returns once the guest has released the device', async () => {
    await guest.openShell().then((shell) => shell.close()); // booted: its kernel answers unplugs
    const file = await diskFile('wait');
    expect(await qemu('attach-device', guest.name, file, '--live')).toEqual({
      code: 0,
      stdout: 'Device attached successfully\n\n',
      stderr: '',
    });
    const detached = await qemu('--json', 'detach-device', guest.name, file, '--live', '--wait');
    expect(detached.code).toBe(0);
    expect(JSON.parse(detached.stdout)).toMatchObject({
      name: guest.name,
      alias: expect.stringMatching(/^virtio-disk/) as string,
    });
    expect(await driver.getDomainXml(guest.uuid)).not.toContain(file.replace(/\.xml$/, '.raw'));
  }, 90_000);

  it('detach-device --wait reports a removal still pending when the guest does not answer', async () => {
    const file = await diskFile('pending');
    expect((await qemu('attach-device', guest.name, file, '--live')).code).toBe(0);
    await driver.suspend(guest.uuid);
    try {
      const pending = await qemu(
        'detach-device',
        guest.name,
        file,
        '--live',
        '--wait',
        '--timeout',
        '1',
      );
      expect(pending.code).toBe(2);
      expect(pending.stderr).toBe(
        'error: removal pending: the guest has not released the device within 1 s; it stays attached until the guest lets go\n',
      );
      expect(await driver.getDomainXml(guest.uuid)).toContain(file.replace(/\.xml$/, '.raw'));
    } finally {
      await driver.resume(guest.uuid);
    }
    await eventually(
      async () =>
        (await driver.getDomainXml(guest.uuid)).includes(file.replace(/\.xml$/, '.raw'))
          ? undefined
          : true,
      'the guest to release the disk once resumed',
    );
  }, 90_000);

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

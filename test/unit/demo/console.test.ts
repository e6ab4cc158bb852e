import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { VirErr } from '../../../src/shared/libvirt-errors';
import { eventually, lifecycle, nextEvent } from '../../contract/wait';

let driver: Driver;
afterEach(() => driver.close());

/** Everything the console has printed so far, and a way to wait for some text. */
function screen(stream: Duplex): {
  text: () => string;
  waitFor: (needle: string) => Promise<void>;
} {
  let out = '';
  stream.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return {
    text: () => out,
    waitFor: (needle) =>
      eventually(
        () => Promise.resolve(out.includes(needle) ? true : undefined),
        `"${needle}"`,
      ).then(() => undefined),
  };
}

async function loggedIn(
  name: string,
): Promise<{ uuid: string; stream: Duplex; tty: ReturnType<typeof screen> }> {
  const { uuid } = await driver.lookupDomainByName(name);
  const stream = await driver.openConsole(uuid);
  const tty = screen(stream);
  await tty.waitFor('login: ');
  stream.write('root\r');
  await tty.waitFor('Password: ');
  stream.write('secret\r');
  await tty.waitFor(`root@${name}:~`);
  return { uuid, stream, tty };
}

describe('demo host serial console', () => {
  it('shows a login, does not echo the password, and answers commands', async () => {
    driver = createDemoDriver();
    const { stream, tty } = await loggedIn('debian-server');
    expect(tty.text()).toContain('Debian GNU/Linux 12 debian-server ttyS0');
    expect(tty.text()).not.toContain('secret');
    stream.write('uname -a\rhostname\rwhoami\rnope\r');
    await tty.waitFor('nope: command not found');
    expect(tty.text()).toContain('Linux debian-server 6.1.0-27-amd64');
    expect(tty.text()).toMatch(/\r\ndebian-server\r\n/);
    expect(tty.text()).toContain('uname -a'); // echoed as typed
  });

  it('lists the disks and NICs the VM has right now', async () => {
    driver = createDemoDriver();
    const { uuid, stream, tty } = await loggedIn('fedora-workstation');
    await driver.attachDevice(
      uuid,
      `<disk type='file' device='disk'><source file='/tmp/extra.img'/><target dev='vdc' bus='virtio'/></disk>`,
      { live: true, config: false },
    );
    stream.write('lsblk\rip link\r');
    await tty.waitFor('link/ether 52:54:00:3a:61:0f');
    expect(tty.text()).toMatch(/vda .* disk \//);
    expect(tty.text()).toMatch(/sr0 .* rom/);
    expect(tty.text()).toMatch(/vdc .* disk/);
  });

  it('powers the guest off from its shell, ending the stream', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const { uuid, stream } = await loggedIn('freebsd-build');
    const ended = new Promise((resolve) => stream.once('end', resolve));
    const stopped = nextEvent(driver, lifecycle(uuid, 'stopped'));
    stream.write('poweroff\r');
    await stopped;
    await ended;
    expect((await driver.lookupDomain(uuid)).state).toBe('shutoff');
  });

  it('speaks FreeBSD on the FreeBSD guest', async () => {
    driver = createDemoDriver();
    const { stream, tty } = await loggedIn('freebsd-build');
    expect(tty.text()).toContain('FreeBSD/amd64 (freebsd-build) (ttyu0)');
    stream.write('uname -a\r');
    await tty.waitFor('FreeBSD freebsd-build 14.1-RELEASE');
    expect(tty.text()).toContain('root@freebsd-build:~ # ');
  });

  it('stays silent on the Windows guest, as its serial port does', async () => {
    driver = createDemoDriver();
    const { uuid } = await driver.lookupDomainByName('win11');
    await driver.start(uuid);
    const stream = await driver.openConsole(uuid);
    const tty = screen(stream);
    // The session answers synchronously, so once the write is through any reply would be there.
    await new Promise<void>((resolve) => stream.write('\r\n', () => resolve()));
    expect(tty.text()).toBe('');
  });

  it('handles backspace and Ctrl-C like a terminal line', async () => {
    driver = createDemoDriver();
    const { stream, tty } = await loggedIn('debian-server');
    stream.write('hostnamx\x7fe\r');
    await tty.waitFor('\r\ndebian-server\r\n');
    stream.write('sleep 100\x03');
    await tty.waitFor('^C');
  });

  it('ignores arrow keys and other escape sequences', async () => {
    driver = createDemoDriver();
    const { stream, tty } = await loggedIn('debian-server');
    stream.write('host\x1b[Aname\x1b[D\r');
    await tty.waitFor('\r\ndebian-server\r\n');
  });

  it('gives a VM defined as FreeBSD (the libosinfo way) a FreeBSD console', async () => {
    driver = createDemoDriver();
    const { uuid } = await driver.defineDomain(`<domain type='kvm'><name>bsd</name>
  <metadata><libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
    <libosinfo:os id="http://freebsd.org/freebsd/14.1"/></libosinfo:libosinfo></metadata>
  <memory>262144</memory><os><type>hvm</type></os>
  <devices><serial type='pty'><target port='0'/></serial></devices></domain>`);
    await driver.start(uuid);
    const tty = screen(await driver.openConsole(uuid));
    await tty.waitFor('FreeBSD/amd64 (bsd) (ttyu0)');
  });

  it('breaks console streams when the connection closes', async () => {
    driver = createDemoDriver();
    const { stream } = await loggedIn('debian-server');
    const closed = new Promise((resolve) => stream.once('close', resolve));
    await driver.close();
    await closed;
  });

  it('is refused for a shut-off VM and for a device that does not exist', async () => {
    driver = createDemoDriver();
    const off = (await driver.lookupDomainByName('win11')).uuid;
    await expect(driver.openConsole(off)).rejects.toMatchObject({ code: VirErr.OPERATION_INVALID });
    const running = (await driver.lookupDomainByName('debian-server')).uuid;
    await expect(driver.openConsole(running, 'parallel7')).rejects.toMatchObject({
      code: VirErr.INTERNAL_ERROR,
    });
  });
});

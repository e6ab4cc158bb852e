import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver, type LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { sshdMissing, startSshd, type SshdFixture } from '../fixtures/sshd';
import { startTestGuest, uniqueGuestName, type TestGuest } from '../fixtures/test-guest';
import { describeWhen, testGuest } from '../fixtures/requirements';

/**
 * A VM's VNC display reached through the SSH session of a qemu+ssh:// host (an OpenSSH
 * server on 127.0.0.1 in front of this machine's libvirtd): the display listens on the
 * host's loopback, which only a tunnel reaches from another machine.
 */
describeWhen(
  'the display of a VM on a qemu+ssh:// host',
  () => sshdMissing() ?? testGuest(),
  () => {
    let sshd: SshdFixture;
    let local: LibvirtDriver;
    let guest: TestGuest;

    beforeAll(async () => {
      sshd = await startSshd();
      local = await createLibvirtDriver('qemu:///system');
      guest = await startTestGuest(local, uniqueGuestName('vd-vnc-ssh'), { vnc: true });
    }, 120_000);

    afterAll(async () => {
      await guest?.dispose();
      await local?.close();
      await sshd?.stop();
    });

    it("tunnels to the VM's VNC server through the host's SSH connection", async () => {
      const remote = await createLibvirtDriver(sshd.uri('qemu:///system'));
      const sessionsBefore = sshd.sessions().length;
      try {
        const display = await remote.openGraphics(guest.uuid);
        expect(await firstBytes(display, 12)).toBe('RFB 003.008\n');
        // No new SSH login: the display rides on the connection libvirt's RPC uses.
        expect(sshd.sessions().length).toBe(sessionsBefore);
        display.destroy();
      } finally {
        await remote.close();
      }
    }, 60_000);
  },
);

function firstBytes(stream: Duplex, length: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => reject(new Error(`no ${length} bytes in time`)), 15_000);
    stream.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < length) return;
      clearTimeout(timer);
      resolve(received.subarray(0, length).toString('latin1'));
    });
    stream.once('error', reject);
  });
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { openHostDriver } from '../../../src/main/services/driver-factory';
import { HostRegistry } from '../../../src/main/services/host-registry';
import type { HostSummary } from '../../../src/shared/dto';
import { describeWhen } from '../../fixtures/requirements';
import { sshdMissing, startSshd, type SshdFixture } from '../../fixtures/sshd';

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An SSH host whose session is killed on the server, as an admin or a reboot would. */
describeWhen(
  'reconnecting a qemu+ssh:// host after its session was killed',
  sshdMissing,
  () => {
    let sshd: SshdFixture;
    const registry = new HostRegistry((host) => openHostDriver(host, {}), new EventHub(), 0, {
      backoff: { firstDelayMs: 200, maxDelayMs: 1_000, jitter: 0.1 },
    });
    const host = (): HostSummary => registry.list()[0]!;

    beforeAll(async () => {
      sshd = await startSshd();
    });
    afterAll(async () => {
      await registry.closeAll();
      await sshd?.stop();
    });

    it('comes back by itself over a new SSH session', async () => {
      const before = new Set(sshd.sessions());
      await registry.add({
        id: 'ssh',
        name: 'SSH host',
        uri: sshd.uri('test:///default'),
        kind: 'libvirt',
      });
      expect(host().status).toBe('connected');
      await registry.session('ssh').listVms();
      const [session] = sshd.sessions().filter((pid) => !before.has(pid));
      expect(session).toBeDefined();
      // This test's own sshd child, serving only this connection.
      process.kill(session!, 'SIGKILL');

      await until(() => host().status === 'reconnecting', 'the loss to be noticed', 10_000);
      expect(host().error).toMatch(/^Lost the connection to SSH host/);
      await until(() => host().status === 'connected', 'a new SSH session');
      expect((await registry.session('ssh').listVms()).map((vm) => vm.name)).toContain('test');
      expect(
        sshd.sessions().filter((pid) => !before.has(pid) && pid !== session).length,
      ).toBeGreaterThan(0);
    }, 60_000);
  },
);

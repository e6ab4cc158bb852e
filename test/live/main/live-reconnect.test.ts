import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Driver } from '../../../src/drivers/driver';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { openHostDriver } from '../../../src/main/services/driver-factory';
import { HostRegistry } from '../../../src/main/services/host-registry';
import type { HostSummary, VmSummary } from '../../../src/shared/dto';
import { DAEMON_SOCKET, describeWhen, libvirtd } from '../../fixtures/requirements';
import { UnixSocketProxy } from '../../helpers/unix-proxy';

/**
 * The registry against the real daemon, through a proxy of our own that the test cuts
 * for a few seconds: the shared daemon keeps running for everyone else.
 */

const domainXml = (name: string): string =>
  `<domain type='test'><name>${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`;

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWhen('reconnecting to a real daemon after it went away', libvirtd, () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-reconnect-'));
  const proxy = new UnixSocketProxy(join(dir, 'libvirt-sock'), DAEMON_SOCKET);
  const uri = `test+unix:///default?socket=${proxy.path}`;
  const events = new EventHub();
  const seen: { event: string; payload: unknown }[] = [];
  events.subscribe((event, payload) => seen.push({ event, payload }));
  const registry = new HostRegistry((host) => openHostDriver(host, {}), events, 0, {
    backoff: { firstDelayMs: 250, maxDelayMs: 1_000, jitter: 0.1 },
  });
  // Our own direct connection keeps the test driver's state while the proxied one is down
  // (it resets when its last client leaves), so the test can change things meanwhile.
  let direct: Driver;
  const gone = `rc-gone-${process.pid}`;
  const added = `rc-new-${process.pid}`;

  beforeAll(async () => {
    await proxy.up();
    direct = await createLibvirtDriver('test+unix:///default');
  });
  afterAll(async () => {
    await registry.closeAll();
    for (const name of [gone, added]) {
      await direct
        .lookupDomainByName(name)
        .then((vm) => direct.undefineDomain(vm.uuid))
        .catch(() => undefined);
    }
    await direct?.close();
    await proxy.down();
    rmSync(dir, { recursive: true, force: true });
  });

  const host = (): HostSummary => registry.list()[0]!;
  const names = async (): Promise<string[]> =>
    (await registry.session('rc').listVms()).map((vm) => vm.name);

  it('retries by itself while the daemon is away, then shows the current VMs', async () => {
    const goneVm = await direct.defineDomain(domainXml(gone));
    await registry.add({ id: 'rc', name: 'Test via proxy', uri, kind: 'libvirt' });
    expect(host().status).toBe('connected');
    expect(await names()).toContain(gone);

    await proxy.down();
    await until(() => host().status === 'reconnecting', 'the loss to be noticed', 5_000);
    expect(host().error).toMatch(/^Lost the connection to Test via proxy/);
    // While away: one VM goes, another comes; no event for either reaches the app.
    await direct.undefineDomain(goneVm.uuid);
    const addedVm = await direct.defineDomain(domainXml(added));
    await until(() => (host().retry?.attempt ?? 0) >= 2, 'a failed retry', 5_000);
    expect(host().error).toMatch(/reconnecting failed: cannot connect to libvirt socket/);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(host().status).toBe('reconnecting');

    await proxy.up();
    await until(() => host().status === 'connected', 'the host to come back without a click');
    expect(host().retry).toBeUndefined();
    expect(host().error).toBeUndefined();
    const now = await names();
    expect(now).toContain(added);
    expect(now).not.toContain(gone);
    await until(
      () =>
        seen.some(
          (e) => e.event === 'vm.removed' && (e.payload as { uuid: string }).uuid === goneVm.uuid,
        ),
      'the vanished VM to be pushed',
    );
    await until(
      () =>
        seen.some(
          (e) =>
            e.event === 'vm.changed' && (e.payload as { vm: VmSummary }).vm.uuid === addedVm.uuid,
        ),
      'the new VM to be pushed',
    );

    // Domain events flow on the new connection.
    await direct.start(addedVm.uuid);
    await until(
      () =>
        seen.some(
          (e) =>
            e.event === 'vm.changed' &&
            (e.payload as { vm: VmSummary }).vm.uuid === addedVm.uuid &&
            (e.payload as { vm: VmSummary }).vm.state === 'running',
        ),
      'a lifecycle event over the new connection',
    );
    await direct.destroy(addedVm.uuid);
  }, 60_000);
});

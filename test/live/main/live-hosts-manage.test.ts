import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Driver } from '../../../src/drivers/driver';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import type { HostSummary, VmSummary } from '../../../src/shared/dto';
import { DAEMON_SOCKET, describeWhen, libvirtd } from '../../fixtures/requirements';
import { UnixSocketProxy } from '../../helpers/unix-proxy';

/**
 * Renaming, disconnecting and connecting a real daemon's host through the contract. The
 * app reaches test+unix:///default through a proxy of this test's own, which counts the
 * app's connections; a direct connection holds the test driver's state meanwhile (it
 * resets when its last client leaves) and sees that nothing on the host changes.
 */

const domainXml = (name: string): string =>
  `<domain type='test'><name>${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describeWhen('managing a libvirt host (test+unix:///default)', libvirtd, () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-hosts-manage-'));
  const proxy = new UnixSocketProxy(join(dir, 'libvirt-sock'), DAEMON_SOCKET);
  const uri = `test+unix:///default?socket=${proxy.path}`;
  const vmName = `hm-${process.pid}`;
  const context = { shell: 'web', clientId: 'page' } as const;
  let direct: Driver;
  let core: AppCore;
  let hostId: string;

  async function call<T>(method: string, payload: unknown): Promise<T> {
    const answer = await core.dispatch(method, payload, context);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  }

  beforeAll(async () => {
    await proxy.up();
    direct = await createLibvirtDriver('test+unix:///default');
    const vm = await direct.defineDomain(domainXml(vmName));
    await direct.start(vm.uuid);
    core = createAppCore({ hosts: [], statsIntervalMs: 0, configDir: dir });
    await core.ready;
    const added = await call<HostSummary>('hosts.add', { uri });
    hostId = added.id;
  });
  afterAll(async () => {
    await core?.close();
    await direct
      ?.lookupDomainByName(vmName)
      .then(async (vm) => {
        await direct.destroy(vm.uuid).catch(() => undefined);
        await direct.undefineDomain(vm.uuid);
      })
      .catch(() => undefined);
    await direct?.close();
    await proxy.down();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renames the host and saves the name with its URI', async () => {
    const renamed = await call<HostSummary>('hosts.rename', { hostId, name: ' Test daemon ' });
    expect(renamed).toMatchObject({ name: 'Test daemon', status: 'connected' });
    const saved = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as {
      hosts: { name: string; uri: string }[];
    };
    expect(saved.hosts).toEqual([{ id: hostId, name: 'Test daemon', uri }]);
  });

  it('disconnects: the socket closes, the host stays listed, nothing reconnects, the VM runs on', async () => {
    expect(proxy.connections).toBe(1);
    const off = await call<HostSummary>('hosts.disconnect', { hostId });
    expect(off).toMatchObject({ status: 'disconnected', name: 'Test daemon' });
    await until(() => proxy.connections === 0, 'the connection to close');
    // Well past the first automatic retry (1 s): no new connection.
    await sleep(2_500);
    expect(proxy.connections).toBe(0);
    expect(core.hosts.list().find((host) => host.id === hostId)?.status).toBe('disconnected');
    expect((await direct.lookupDomainByName(vmName)).state).toBe('running');
  });

  it('connects again and lists the VMs as the host has them', async () => {
    const on = await call<HostSummary>('hosts.connect', { hostId });
    expect(on).toMatchObject({ status: 'connected' });
    expect(proxy.connections).toBe(1);
    const vms = await call<VmSummary[]>('vms.list', { hostId });
    expect(vms.find((vm) => vm.name === vmName)?.state).toBe('running');
  });

  it('removes the host: its connection closes and the saved list is empty', async () => {
    await call('hosts.remove', { hostId });
    await until(() => proxy.connections === 0, 'the connection to close');
    const saved = JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { hosts: unknown[] };
    expect(saved.hosts).toEqual([]);
    expect((await direct.lookupDomainByName(vmName)).state).toBe('running');
  });
});

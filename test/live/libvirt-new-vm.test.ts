import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { StoragePool } from '../../src/drivers/libvirt/protocol/types';
import { createAppCore } from '../../src/main/app-core';
import type { AppCore } from '../../src/main/app-core';
import type { MethodInput, MethodName, MethodResult } from '../../src/shared/ipc/contract';
import { unwrap } from '../../src/shared/ipc/envelope';
import { buildTestGuest } from '../fixtures/test-guest';
import { assertValidLibvirtXml, describeWhen, libvirtd, testGuest, xmlSchemaValidator } from '../fixtures/requirements';

/**
 * vms.create and vms.delete through the contract on real daemons: qemu:///system (domain
 * type qemu, since KVM is not usable on the build machines) with a throwaway directory
 * pool and the busybox test guest booted from its kernel, and the test driver.
 */

const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

function openCore(uri: string) {
  const core = createAppCore({
    openDriver: (host) => createLibvirtDriver(host.uri),
    hosts: [{ id: 'host', name: uri, uri, kind: 'libvirt' }],
    statsIntervalMs: 0,
  });
  const call = async <M extends MethodName>(
    method: M,
    payload: MethodInput<M>,
  ): Promise<MethodResult<M>> =>
    unwrap((await core.dispatch(method, payload, { shell: 'test' })) as never);
  return { core, call, driver: () => core.hosts.session('host').driver as LibvirtDriver };
}

async function volumesIn(driver: LibvirtDriver, pool: string): Promise<string[]> {
  const found = (await driver.listHostResources()).pools.find((p) => p.name === pool);
  return (found?.volumes ?? []).map((v) => v.name);
}

describeWhen('New VM on qemu:///system', [testGuest, xmlSchemaValidator], () => {
  let core: AppCore;
  let call: ReturnType<typeof openCore>['call'];
  let driver: LibvirtDriver;
  let pool: StoragePool | undefined;
  let directory: string;
  let uuid: string | undefined;
  const poolName = `virtdeck-new-vm-${runId}`;
  const name = `vdtest-new-vm-${runId}`;

  beforeAll(async () => {
    ({ core, call } = openCore('qemu:///system'));
    await core.ready;
    driver = core.hosts.session('host').driver as LibvirtDriver;
    // A transient pool in a throwaway directory: it goes when it is destroyed.
    directory = await mkdtemp(join(tmpdir(), 'virtdeck-pool-'));
    await chmod(directory, 0o755);
    pool = await driver.client.storagePoolCreateXML(
      `<pool type='dir'><name>${poolName}</name><target><path>${directory}</path></target></pool>`,
      0,
    );
  });

  afterAll(async () => {
    if (uuid) {
      await driver.destroy(uuid).catch(() => undefined);
      await driver.undefineDomain(uuid).catch(() => undefined);
    }
    if (pool) await driver.client.storagePoolDestroy(pool).catch(() => undefined);
    await core?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('offers emulation (qemu) where KVM is not usable', async () => {
    const options = await call('vms.createOptions', { hostId: 'host' });
    // The build machines are VMs without nested virtualization (see capabilities.ts).
    const hardware = /\b(vmx|svm)\b/.test(await readFile('/proc/cpuinfo', 'utf8'));
    if (!hardware) expect(options.domainType).toBe('qemu');
    expect(options.arch).toBe('x86_64');
    expect(options.pools.map((p) => p.name)).toContain(poolName);
  });

  it('offers UEFI where the host has OVMF, and refuses it before anything is created where not', async () => {
    const options = await call('vms.createOptions', { hostId: 'host' });
    const reason = options.unavailable.find((u) => u.choice === 'firmware' && u.value === 'efi')?.reason;
    console.info(
      reason === undefined
        ? '[capability] firmware=efi: the host has it; testing the feature'
        : `[capability] firmware=efi: the host lacks it; testing the refusal (${reason})`,
    );
    const spec = {
      name: `efi-${runId}`,
      memoryMiB: 128,
      vcpus: 1,
      firmware: 'efi',
      source: { kind: 'network' },
      disk: { kind: 'none' },
      network: { kind: 'none' },
    } as const;
    if (reason === undefined) {
      expect(options.firmware).toContain('efi');
      expect(await call('vms.previewXml', { hostId: 'host', spec })).toContain("<os firmware='efi'>");
      return;
    }
    expect(reason).toMatch(/install OVMF there/);
    expect(options.firmware).toEqual(['bios']);
    const before = (await call('vms.list', { hostId: 'host' })).length;
    await expect(call('vms.create', { hostId: 'host', spec })).rejects.toThrow(/install OVMF there.*Choose BIOS/);
    expect((await call('vms.list', { hostId: 'host' })).length).toBe(before);
  });

  it('creates a VM on a new volume, boots it, then deletes it with its volume', async () => {
    const guest = await buildTestGuest();
    const outcome = await call('vms.create', {
      hostId: 'host',
      spec: {
        name,
        memoryMiB: 256,
        vcpus: 1,
        source: {
          kind: 'kernel',
          kernel: guest.kernel,
          initrd: guest.initrd,
          cmdline: guest.cmdline,
        },
        disk: { kind: 'new', pool: poolName, name: `${name}.qcow2`, sizeGiB: 1 / 16 },
        network: { kind: 'none' },
        start: true,
      },
    });
    uuid = outcome.vm.uuid;
    expect(outcome.startError).toBeUndefined();
    expect(outcome).toMatchObject({ started: true, vm: { name, state: 'running' } });
    expect(await volumesIn(driver, poolName)).toContain(`${name}.qcow2`);

    const xml = await driver.getDomainXml(uuid, { inactive: true });
    expect(xml).toMatch(/^<domain type='(qemu|kvm)'>/);
    expect(xml).toContain(`<source pool='${poolName}' volume='${name}.qcow2'/>`);
    assertValidLibvirtXml(xml, 'domain');

    // The same name again is refused before anything is created.
    const again = call('vms.create', {
      hostId: 'host',
      spec: {
        name,
        memoryMiB: 64,
        vcpus: 1,
        source: { kind: 'network' },
        disk: { kind: 'new', pool: poolName, name: `${name}-2.qcow2`, sizeGiB: 1 / 16 },
        network: { kind: 'none' },
      },
    });
    await expect(again).rejects.toThrow(/already exists on this host/);
    expect(await volumesIn(driver, poolName)).toEqual([`${name}.qcow2`]);

    await expect(call('vms.delete', { hostId: 'host', uuid, deleteVolumes: true })).rejects.toThrow(
      /is running. Shut it down/,
    );
    await driver.destroy(uuid);
    const deleted = await call('vms.delete', { hostId: 'host', uuid, deleteVolumes: true });
    expect(deleted.deletedVolumes).toEqual([`${poolName}/${name}.qcow2`]);
    uuid = undefined;
    expect(await volumesIn(driver, poolName)).toEqual([]);
    await expect(driver.lookupDomainByName(name)).rejects.toThrow();
  }, 60_000);
});

describeWhen('New VM on test+unix:///default', libvirtd, () => {
  // One connection for the whole suite: the test driver resets when its last client goes.
  let core: AppCore;
  let call: ReturnType<typeof openCore>['call'];
  let driver: LibvirtDriver;

  beforeAll(async () => {
    ({ core, call } = openCore('test+unix:///default'));
    await core.ready;
    driver = core.hosts.session('host').driver as LibvirtDriver;
  });
  afterAll(async () => {
    await core?.close();
  });

  it('creates a test-type VM with a new volume, starts it, and deletes both', async () => {
    const options = await call('vms.createOptions', { hostId: 'host' });
    expect(options).toMatchObject({ domainType: 'test', arch: 'i686', firmware: ['bios'] });
    const name = `new-vm-${runId}`;
    const outcome = await call('vms.create', {
      hostId: 'host',
      spec: {
        name,
        memoryMiB: 128,
        vcpus: 1,
        source: { kind: 'network' },
        disk: {
          kind: 'new',
          pool: 'default-pool',
          name: `${name}.img`,
          sizeGiB: 1 / 16,
          format: 'raw',
        },
        network: { kind: 'network', network: 'default' },
      },
    });
    expect(outcome).toMatchObject({ started: true, vm: { name, state: 'running' } });
    const xml = await driver.getDomainXml(outcome.vm.uuid, { inactive: true });
    expect(xml).toMatch(/^<domain type='test'>/);
    await driver.destroy(outcome.vm.uuid);
    const deleted = await call('vms.delete', {
      hostId: 'host',
      uuid: outcome.vm.uuid,
      deleteVolumes: true,
    });
    expect(deleted.deletedVolumes).toEqual([`default-pool/${name}.img`]);
    expect(await volumesIn(driver, 'default-pool')).not.toContain(`${name}.img`);
  });

  it("records the chosen OS in libosinfo's metadata, as virt-install does, and lists the VM with it", async () => {
    const name = `os-${runId}`;
    const outcome = await call('vms.create', {
      hostId: 'host',
      spec: {
        name,
        memoryMiB: 128,
        vcpus: 1,
        osinfoId: 'http://debian.org/debian/12',
        source: { kind: 'network' },
        disk: { kind: 'none' },
        network: { kind: 'none' },
        start: false,
      },
    });
    try {
      const xml = await driver.getDomainXml(outcome.vm.uuid, { inactive: true });
      const metadata = /<metadata>[\s\S]*<\/metadata>/.exec(xml)?.[0] ?? '';
      expect(metadata).toMatch(
        /<libosinfo:libosinfo xmlns:libosinfo=["']http:\/\/libosinfo\.org\/xmlns\/libvirt\/domain\/1\.0["']>\s*<libosinfo:os id=["']http:\/\/debian\.org\/debian\/12["']\/>\s*<\/libosinfo:libosinfo>/,
      );
      expect(outcome.vm.osLabel).toBe('Debian 12');
      const listed = (await call('vms.list', { hostId: 'host' })).find((vm) => vm.name === name);
      expect(listed?.osLabel).toBe('Debian 12');
    } finally {
      await call('vms.delete', { hostId: 'host', uuid: outcome.vm.uuid, deleteVolumes: false });
    }
  });

  it('asks for BIOS where the host offers no UEFI', async () => {
    const attempt = call('vms.previewXml', {
      hostId: 'host',
      spec: {
        name: `efi-${runId}`,
        memoryMiB: 128,
        vcpus: 1,
        firmware: 'efi',
        source: { kind: 'network' },
        disk: { kind: 'none' },
        network: { kind: 'none' },
      },
    });
    await expect(attempt).rejects.toThrow(/offers no UEFI firmware.*Choose BIOS/);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { DriverError } from '../../../src/drivers/driver';
import { createAppCore } from '../../../src/main/app-core';
import type { AppCore } from '../../../src/main/app-core';
import type { MethodInput, MethodName, MethodResult } from '../../../src/shared/ipc/contract';
import { unwrap } from '../../../src/shared/ipc/envelope';
import type { NewVmRequestInput } from '../../../src/shared/vm-create';

/**
 * vms.create through the contract on the demo host (pool "default" active with
 * debian-12-netinst.iso and data-disk.qcow2, pool "backup" stopped, network "default").
 * The driver is wrapped so a test can count or replace calls.
 */

const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

async function setup(overrides: Partial<Driver> = {}) {
  const demo = createDemoDriver({ timeScale: 0.01 });
  const calls: string[] = [];
  const driver = new Proxy(demo, {
    get(target, property, receiver) {
      const own = (overrides as Record<string | symbol, unknown>)[property];
      const value: unknown = own ?? Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(own ? overrides : target, args);
      };
    },
  });
  const core = createAppCore({
    openDriver: () => Promise.resolve(driver),
    hosts: [{ id: 'demo', name: 'Demo', uri: 'demo:///', kind: 'demo' }],
    statsIntervalMs: 0,
  });
  cores.push(core);
  await core.ready;
  const call = async <M extends MethodName>(
    method: M,
    payload: MethodInput<M>,
  ): Promise<MethodResult<M>> =>
    unwrap((await core.dispatch(method, payload, { shell: 'test' })) as never);
  const volumes = async (pool = 'default') =>
    ((await demo.listHostResources()).pools.find((p) => p.name === pool)?.volumes ?? []).map(
      (v) => v.name,
    );
  const changes = () => calls.filter((c) => /define|createVolume|deleteVolume|start/.test(c));
  return { demo, call, volumes, changes };
}

const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

function request(overrides: Partial<NewVmRequestInput> = {}): NewVmRequestInput {
  return {
    name: 'web-new',
    memoryMiB: 2048,
    vcpus: 2,
    source: { kind: 'iso-volume', pool: 'default', volume: 'debian-12-netinst.iso' },
    disk: { kind: 'new', pool: 'default', name: 'web-new.qcow2', sizeGiB: 20, format: 'qcow2' },
    network: { kind: 'network', network: 'default' },
    firmware: 'bios',
    start: true,
    ...overrides,
  };
}

describe('vms.create on the demo host', () => {
  it('offers the host choices: kvm, BIOS and UEFI with or without Secure Boot, its limits, pools and networks', async () => {
    const { call } = await setup();
    const options = await call('vms.createOptions', { hostId: 'demo' });
    expect(options).toMatchObject({
      domainType: 'kvm',
      arch: 'x86_64',
      firmware: ['bios', 'efi', 'efi-secure'],
      unavailable: [],
      maxVcpus: 288,
      maxMemoryMiB: 65536,
    });
    expect(options.pools.map((p) => p.name)).toEqual(['default', 'backup']);
  });

  it('creates the volume, defines the VM and starts it', async () => {
    const { call, volumes } = await setup();
    const outcome = await call('vms.create', { hostId: 'demo', spec: request() });
    expect(outcome).toMatchObject({ started: true, vm: { name: 'web-new', state: 'running' } });
    expect(await volumes()).toContain('web-new.qcow2');
    const list = await call('vms.list', { hostId: 'demo' });
    expect(list.find((vm) => vm.name === 'web-new')?.state).toBe('running');
    const xml = await call('vms.xml', { hostId: 'demo', uuid: outcome.vm.uuid, inactive: true });
    expect(xml).toContain("<domain type='kvm'>");
    expect(xml).toMatch(/<source pool='default' volume='web-new.qcow2'\/>/);
    expect(xml).toMatch(/<source pool='default' volume='debian-12-netinst.iso'\/>/);
  });

  it('previews the XML it would define, and creates nothing', async () => {
    const { call, changes } = await setup();
    const xml = await call('vms.previewXml', {
      hostId: 'demo',
      spec: request({ firmware: 'efi', network: { kind: 'bridge', bridge: 'br0' } }),
    });
    expect(xml).toContain('<os firmware="efi">');
    expect(xml).toContain('<source bridge="br0"/>');
    expect(changes()).toEqual([]);
  });

  it('refuses every problem at once, by field, and sends nothing', async () => {
    const { call, changes } = await setup();
    const error = await call('vms.create', {
      hostId: 'demo',
      spec: request({
        name: 'debian-server',
        memoryMiB: 1024 * 1024,
        vcpus: 1000,
        source: { kind: 'iso-volume', pool: 'default', volume: 'missing.iso' },
        disk: { kind: 'new', pool: 'backup', name: 'x.qcow2', sizeGiB: 1 },
        network: { kind: 'network', network: 'nat' },
      }),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    const issues = (error as { issues: { path: string; message: string }[] }).issues;
    const byField: Record<string, unknown> = Object.fromEntries(
      issues.map((i) => [i.path, i.message]),
    );
    expect(byField).toEqual({
      name: 'A VM named "debian-server" already exists on this host. Choose another name.',
      memoryMiB: 'This host has 65536 MiB of memory. Give the VM at most that much.',
      vcpus: 'A VM on this host can have at most 288 vCPUs. Choose fewer.',
      'source.volume': matching(/no volume "missing.iso".*upload the ISO/),
      'disk.pool': matching(/"backup" is not active. Start it on the host/),
      'network.network': matching(/no virtual network "nat". Choose one of: "default"/),
    });
    expect(changes()).toEqual([]);
  });

  it('refuses a taken volume name and an import without a disk image', async () => {
    const { call, changes } = await setup();
    const taken = call('vms.create', {
      hostId: 'demo',
      spec: request({
        disk: { kind: 'new', pool: 'default', name: 'data-disk.qcow2', sizeGiB: 1 },
      }),
    });
    await expect(taken).rejects.toThrow(/already has a volume named "data-disk.qcow2"/);
    const importing = call('vms.create', {
      hostId: 'demo',
      spec: request({ source: { kind: 'import' } }),
    });
    await expect(importing).rejects.toThrow(/Importing an installed system needs its disk image/);
    expect(changes()).toEqual([]);
  });

  it('deletes the new volume again when the define fails', async () => {
    const refusal = new DriverError('XML error: the host refused this definition', 27, 10);
    const { call, volumes, changes } = await setup({
      defineDomain: vi.fn(() => Promise.reject(refusal)),
    });
    await expect(call('vms.create', { hostId: 'demo', spec: request() })).rejects.toThrow(
      'XML error: the host refused this definition. The new volume "web-new.qcow2" was deleted again.',
    );
    expect(await volumes()).not.toContain('web-new.qcow2');
    expect(changes()).toEqual(['createVolume', 'defineDomain', 'deleteVolume']);
  });

  it('leaves the VM defined and says why when it cannot start', async () => {
    const refusal = new DriverError(
      'internal error: process exited while connecting to monitor',
      1,
      10,
    );
    const { call, volumes } = await setup({ start: vi.fn(() => Promise.reject(refusal)) });
    const outcome = await call('vms.create', { hostId: 'demo', spec: request() });
    expect(outcome).toMatchObject({
      started: false,
      startError: 'internal error: process exited while connecting to monitor',
      vm: { name: 'web-new', state: 'shutoff' },
    });
    expect(outcome.message).toMatch(/^Created "web-new", but it could not start: .*stays defined/);
    expect(await volumes()).toContain('web-new.qcow2');
  });

  it('creates a shut-off VM on an existing image when not asked to start', async () => {
    const { call, changes } = await setup();
    const outcome = await call('vms.create', {
      hostId: 'demo',
      spec: request({
        source: { kind: 'import' },
        disk: { kind: 'volume', pool: 'default', volume: 'data-disk.qcow2' },
        network: { kind: 'none' },
        start: false,
      }),
    });
    expect(outcome).toMatchObject({ started: false, vm: { state: 'shutoff' } });
    expect(changes()).toEqual(['defineDomain']);
  });
});

describe('vms.delete on the demo host', () => {
  it('refuses a running VM, then removes it with the volumes only it uses', async () => {
    const { call, volumes } = await setup();
    const { vm } = await call('vms.create', { hostId: 'demo', spec: request() });
    await expect(
      call('vms.delete', { hostId: 'demo', uuid: vm.uuid, deleteVolumes: true }),
    ).rejects.toThrow(/"web-new" is running. Shut it down/);
    await call('vms.lifecycle', { hostId: 'demo', uuid: vm.uuid, action: 'destroy' });
    const result = await call('vms.delete', { hostId: 'demo', uuid: vm.uuid, deleteVolumes: true });
    // The installer ISO is a CD-ROM, shared by nature: it stays.
    expect(result.deletedVolumes).toEqual(['default/web-new.qcow2']);
    expect(await volumes()).toEqual(expect.arrayContaining(['debian-12-netinst.iso']));
    expect(await volumes()).not.toContain('web-new.qcow2');
  });

  it('keeps the volumes unless asked', async () => {
    const { call, volumes } = await setup();
    const { vm } = await call('vms.create', { hostId: 'demo', spec: request({ start: false }) });
    const result = await call('vms.delete', { hostId: 'demo', uuid: vm.uuid });
    expect(result.deletedVolumes).toEqual([]);
    expect(await volumes()).toContain('web-new.qcow2');
    const list = await call('vms.list', { hostId: 'demo' });
    expect(list.map((v) => v.name)).not.toContain('web-new');
  });
});

describe('vms.create on a host whose capabilities lack something', () => {
  const debian12 = readFileSync(
    new URL('../../fixtures/xml/live/domcaps-qemu-q35.xml', import.meta.url),
    'utf8',
  );
  const withCaps = (xml: string) => ({ getDomainCapabilities: () => Promise.resolve(xml) });

  it('gives the VM a SPICE display where the host has no VNC', async () => {
    const noVnc = debian12.replace('<value>vnc</value>', '');
    const { call } = await setup(withCaps(noVnc));
    const xml = await call('vms.previewXml', { hostId: 'demo', spec: request() });
    expect(xml).toMatch(/<graphics type=["']spice["']/);
  });

  it('refuses an installer CD-ROM on a bus the machine lacks before anything is created', async () => {
    const noSata = debian12.replace('<value>sata</value>', '');
    const { call, changes } = await setup(withCaps(noSata));
    await expect(call('vms.create', { hostId: 'demo', spec: request() })).rejects.toThrow(
      /^The VM was not created: A q35 VM on this host has no SATA bus for disks/,
    );
    expect(changes()).toEqual([]);
  });

  it('refuses UEFI on a host without OVMF, naming what to install', async () => {
    const { call } = await setup(withCaps(debian12));
    const options = await call('vms.createOptions', { hostId: 'demo' });
    expect(options.firmware).toEqual(['bios']);
    await expect(
      call('vms.previewXml', { hostId: 'demo', spec: request({ firmware: 'efi-secure' }) }),
    ).rejects.toThrow(/install OVMF there.*Choose BIOS\./);
  });
});

import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { DriverError } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { StoragePool } from '../../src/drivers/libvirt/protocol/types';
import { DeviceService } from '../../src/main/services/device-service';
import { DeviceRequest } from '../../src/shared/device-request';
import { AppError } from '../../src/shared/errors';
import { VirErr } from '../../src/shared/libvirt-errors';
import { describeWhen, libvirtd, qemuImg, qemuSystem } from '../fixtures/requirements';

/**
 * A disk on a new volume through the devices service on real libvirt daemons. libvirt 9's
 * test driver creates volumes but cannot attach devices, which makes it the place to see
 * the rollback: the volume is created, the attach refused, the volume deleted again. On
 * qemu:///system, with a throwaway directory pool, the whole way succeeds.
 */

const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

function newVolumeDisk(pool: string, name: string): DeviceRequest {
  return DeviceRequest.parse({
    kind: 'disk',
    source: { type: 'new-volume', pool, volume: { name, capacityBytes: 64 * 2 ** 20 } },
    cache: 'none',
  });
}

async function volumesIn(driver: LibvirtDriver, pool: string): Promise<string[]> {
  const found = (await driver.listHostResources()).pools.find((p) => p.name === pool);
  return (found?.volumes ?? []).map((v) => v.name);
}

describeWhen('A disk on a new volume on test+unix:///default', libvirtd, () => {
  // One connection for the whole file: the test driver forgets its state when its last
  // client disconnects.
  let driver: LibvirtDriver;
  let service: DeviceService;
  let uuid: string;

  beforeAll(async () => {
    driver = await createLibvirtDriver('test+unix:///default');
    service = new DeviceService(driver);
    const record = await driver.defineDomain(
      `<domain type='test'><name>new-volume-${runId}</name><memory unit='KiB'>131072</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>`,
    );
    uuid = record.uuid;
  });

  afterAll(async () => {
    service?.close();
    if (uuid) await driver.undefineDomain(uuid).catch(() => undefined);
    await driver?.close();
  });

  it('creates the volume, and deletes it again when the host refuses the attach', async () => {
    const name = `new-volume-${runId}-1.qcow2`;
    const create = vi.spyOn(driver, 'createVolume');
    const error: unknown = await service.attach(uuid, newVolumeDisk('default-pool', name)).then(
      () => undefined,
      (e: unknown) => e,
    );
    // The attach's own error (the test driver has no virDomainAttachDeviceFlags).
    expect(error).toBeInstanceOf(DriverError);
    expect((error as DriverError).code).toBe(VirErr.NO_SUPPORT);
    expect((error as DriverError).message).toMatch(/was deleted again\.$/);
    expect(create).toHaveBeenCalledOnce();
    await expect(create.mock.results[0]?.value).resolves.toMatchObject({ name });
    expect(await volumesIn(driver, 'default-pool')).not.toContain(name);
  });

  it('refuses a taken name before it creates or sends anything', async () => {
    const name = `new-volume-${runId}-2.qcow2`;
    await driver.createVolume(
      'default-pool',
      `<volume><name>${name}</name><capacity>1048576</capacity></volume>`,
    );
    try {
      const attach = vi.spyOn(driver, 'attachDevice');
      const error: unknown = await service.attach(uuid, newVolumeDisk('default-pool', name)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/already has a volume named/);
      expect(attach).not.toHaveBeenCalled();
      expect(await volumesIn(driver, 'default-pool')).toContain(name);
    } finally {
      await driver.deleteVolume('default-pool', name);
    }
  });
});


describeWhen('A disk on a new volume on qemu:///system', [qemuSystem, qemuImg], () => {
  let driver: LibvirtDriver;
  let service: DeviceService;
  let pool: StoragePool | undefined;
  let directory: string;
  let uuid: string | undefined;
  const poolName = `virtdeck-new-volume-${runId}`;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    service = new DeviceService(driver);
    // A transient pool in a throwaway directory: it goes when it is destroyed.
    directory = await mkdtemp(join(tmpdir(), 'virtdeck-pool-'));
    await chmod(directory, 0o755);
    pool = await driver.client.storagePoolCreateXML(
      `<pool type='dir'><name>${poolName}</name><target><path>${directory}</path></target></pool>`,
      0,
    );
    const record = await driver.defineDomain(
      `<domain type='qemu'><name>new-volume-${runId}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='q35'>hvm</type></os></domain>`,
    );
    uuid = record.uuid;
  });

  afterAll(async () => {
    service?.close();
    if (uuid) await driver.undefineDomain(uuid).catch(() => undefined);
    if (pool) await driver.client.storagePoolDestroy(pool).catch(() => undefined);
    await driver?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('creates a qcow2 volume and adds the disk to the saved definition', async () => {
    const name = `disk-${runId}.qcow2`;
    const outcome = await service.attach(uuid!, newVolumeDisk(poolName, name));
    expect(outcome).toMatchObject({ status: 'attached', scope: { live: false, config: true } });
    expect(await volumesIn(driver, poolName)).toContain(name);
    const xml = await driver.getDomainXml(uuid!, { inactive: true });
    expect(xml).toContain(`<source pool='${poolName}' volume='${name}'/>`);
    expect(xml).toMatch(/<driver name='qemu' type='qcow2' cache='none'\/>/);
  });
});

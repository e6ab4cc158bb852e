import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { DriverError } from '../../../src/drivers/driver';
import { DiskRequest } from '../../../src/shared/device-request';
import type { DeviceRequest } from '../../../src/shared/device-request';
import { AppError } from '../../../src/shared/errors';
import { deviceServiceOn, failure } from './device-service-fixture';

/**
 * A disk on a new volume, against the demo host (pool "default" active with
 * data-disk.qcow2 in it, pool "backup" stopped): checks before anything is created, the
 * volume made and the disk attached by pool and name, and the volume deleted again when
 * the attach fails.
 */

const GiB = 2 ** 30;
/** The demo host with some calls replaced, and a device service on it. */
/** A host's refusal of an attach, as libvirt words a full PCI bus. */
const noSlot = () => new DriverError('internal error: No more available PCI slots', 1, 10);

function setup(overrides: Partial<Driver> = {}) {
  const demo = createDemoDriver({ timeScale: 0.01 });
  const driver = new Proxy(demo, {
    get(target, property, receiver) {
      const own = (overrides as Record<string | symbol, unknown>)[property];
      if (own !== undefined) return own;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  const { service, uuidOf } = deviceServiceOn(driver, { addedEventMs: 50 });
  const volumesOf = async (pool = 'default'): Promise<string[]> =>
    ((await demo.listHostResources()).pools.find((p) => p.name === pool)?.volumes ?? []).map(
      (v) => v.name,
    );
  return { demo, driver, service, uuidOf, volumesOf };
}

function newVolumeDisk(
  volume: { name: string; capacityBytes: number; format?: 'qcow2' | 'raw' },
  extra: Partial<z.input<typeof DiskRequest>> = {},
  pool = 'default',
): DiskRequest {
  return DiskRequest.parse({
    kind: 'disk',
    source: { type: 'new-volume', pool, volume },
    ...extra,
  });
}


describe('DeviceService: a disk on a new volume', () => {
  it('creates the volume, then attaches the disk by pool and name in the volume format', async () => {
    const { driver, service, uuidOf, volumesOf } = setup();
    const uuid = await uuidOf('debian-server');
    const request = newVolumeDisk(
      { name: 'debian-server-1.qcow2', capacityBytes: GiB },
      {
        cache: 'none',
      },
    );
    const outcome = await service.attach(uuid, request);
    expect(outcome).toMatchObject({ status: 'attached', title: 'disk vdc' });
    expect(await volumesOf()).toContain('debian-server-1.qcow2');
    for (const inactive of [false, true]) {
      const xml = await driver.getDomainXml(uuid, { inactive });
      expect(xml).toMatch(
        /<disk type='volume' device='disk'>\s*<driver name='qemu' type='qcow2' cache='none'\/>\s*<source pool='default' volume='debian-server-1.qcow2'\/>/,
      );
    }
  });

  it('previews the disk element as it will be sent, without creating the volume', async () => {
    const { demo, service, uuidOf, volumesOf } = setup();
    const create = vi.spyOn(demo, 'createVolume');
    const uuid = await uuidOf('debian-server');
    const xml = await service.previewXml(
      uuid,
      newVolumeDisk({ name: 'scratch-2.img', capacityBytes: 2 * GiB, format: 'raw' }),
    );
    expect(xml).toBe(`<disk type="volume" device="disk">
  <driver name="qemu" type="raw"/>
  <source pool="default" volume="scratch-2.img"/>
  <target dev="vdc" bus="virtio"/>
</disk>`);
    expect(create).not.toHaveBeenCalled();
    expect(await volumesOf()).not.toContain('scratch-2.img');
  });

  it.each<[string, DeviceRequest, string, string]>([
    [
      'a taken name',
      newVolumeDisk({ name: 'data-disk.qcow2', capacityBytes: GiB }),
      'validation',
      'Storage pool "default" already has a volume named "data-disk.qcow2". Choose another name, or add the existing volume instead.',
    ],
    [
      'an unknown pool',
      newVolumeDisk({ name: 'x.qcow2', capacityBytes: GiB }, {}, 'fast'),
      'not-found',
      'This host has no storage pool "fast". Choose one of its pools: "default", "backup".',
    ],
    [
      'an inactive pool',
      newVolumeDisk({ name: 'x.qcow2', capacityBytes: GiB }, {}, 'backup'),
      'operation-invalid',
      'Storage pool "backup" is not active. Start it on the host, or choose an active pool.',
    ],
    [
      'a size of zero',
      {
        ...newVolumeDisk({ name: 'x.qcow2', capacityBytes: GiB }),
        source: {
          type: 'new-volume',
          pool: 'default',
          volume: { name: 'x.qcow2', capacityBytes: 0, format: 'qcow2' },
        },
      },
      'validation',
      'A new volume needs a size above zero. Enter its size.',
    ],
    [
      'a CD-ROM drive',
      newVolumeDisk({ name: 'x.qcow2', capacityBytes: GiB }, { device: 'cdrom' }),
      'validation',
      'A new, empty volume cannot be a CD-ROM drive. Choose an existing image for the drive, or make the device a disk.',
    ],
  ])('refuses %s before creating anything', async (_, request, code, message) => {
    const { demo, service, uuidOf, volumesOf } = setup();
    const create = vi.spyOn(demo, 'createVolume');
    const attach = vi.spyOn(demo, 'attachDevice');
    const before = await volumesOf();
    const error = await failure(service.attach(await uuidOf('debian-server'), request));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect(error.message).toBe(message);
    expect(create).not.toHaveBeenCalled();
    expect(attach).not.toHaveBeenCalled();
    expect(await volumesOf()).toEqual(before);
  });

  it('says what the host said when it cannot create the volume, and attaches nothing', async () => {
    const { demo, service, uuidOf } = setup();
    const attach = vi.spyOn(demo, 'attachDevice');
    const request = newVolumeDisk({ name: 'huge.qcow2', capacityBytes: 500 * GiB });
    const error = await failure(service.attach(await uuidOf('debian-server'), request));
    expect(error.message).toBe(
      'The host could not create volume "huge.qcow2" in storage pool "default", so nothing was added: internal error: Not enough free space in pool for volume \'huge.qcow2\'',
    );
    expect(attach).not.toHaveBeenCalled();
  });

  it('deletes the new volume when the attach fails, and reports the attach’s error', async () => {
    // The host refuses the disk once the volume exists (here: no free PCI slot).
    const { service, uuidOf, volumesOf } = setup({ attachDevice: () => Promise.reject(noSlot()) });
    const request = newVolumeDisk({ name: 'full.qcow2', capacityBytes: GiB });
    const error = await failure(service.attach(await uuidOf('fedora-workstation'), request));
    expect(error).toBeInstanceOf(DriverError);
    expect(error.message).toBe(
      'internal error: No more available PCI slots. The new volume "full.qcow2" was deleted again.',
    );
    expect(await volumesOf()).not.toContain('full.qcow2');
  });

  it('refuses a disk the running VM cannot take before any volume is created', async () => {
    const { service, uuidOf, volumesOf } = setup();
    const request = newVolumeDisk({ name: 'sata.qcow2', capacityBytes: GiB }, { bus: 'sata' });
    const error = await failure(
      service.attach(await uuidOf('fedora-workstation'), request, { live: true, config: true }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(await volumesOf()).not.toContain('sata.qcow2');
  });

  it('deletes the new volume when the running VM never shows the disk', async () => {
    // The host accepts the attach but does nothing: the confirmation fails.
    const { service, uuidOf, volumesOf } = setup({ attachDevice: () => Promise.resolve() });
    const request = newVolumeDisk({ name: 'ghost.qcow2', capacityBytes: GiB });
    const error = await failure(
      service.attach(await uuidOf('debian-server'), request, { live: true, config: false }),
    );
    expect(error.message).toMatch(
      /^The host accepted the new disk, but the running VM does not show it\./,
    );
    expect(error.message).toMatch(/The new volume "ghost\.qcow2" was deleted again\.$/);
    expect(await volumesOf()).not.toContain('ghost.qcow2');
  });

  it('says so when the volume cannot be deleted again', async () => {
    const { service, uuidOf } = setup({
      attachDevice: () => Promise.reject(noSlot()),
      deleteVolume: () => Promise.reject(new Error('pool is busy')),
    });
    const request = newVolumeDisk({ name: 'stuck.qcow2', capacityBytes: GiB });
    const error = await failure(service.attach(await uuidOf('fedora-workstation'), request));
    expect(error.message).toMatch(
      /No more available PCI slots\. The new volume "stuck\.qcow2" in storage pool "default" could not be deleted again \(pool is busy\); delete it on the host\.$/,
    );
  });
});

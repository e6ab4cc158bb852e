import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { DeviceService } from '../../src/main/services/device-service';
import type { DeviceMatch } from '../../src/shared/devices';
import { AppError } from '../../src/shared/errors';
import { startTestGuest } from '../fixtures/test-guest';
import type { GuestShell, TestGuest } from '../fixtures/test-guest';
import { eventually } from '../fixtures/test-guest-events';
import { describeWhen, testGuest } from '../fixtures/requirements';

/**
 * The device service against a real QEMU guest on qemu:///system: hotplug seen from inside
 * the guest, removals confirmed by DEVICE_REMOVED, "removal pending" (never success) while
 * a paused guest cannot answer, and prep refusals that send nothing.
 */
describeWhen('DeviceService with a QEMU test guest', testGuest, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let shell: GuestShell;
  let service: DeviceService;
  const images: string[] = [];

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
    shell = await guest.openShell();
    service = new DeviceService(driver, { confirmTimeoutMs: 10_000 });
  }, 120_000);

  afterAll(async () => {
    service?.close();
    shell?.close();
    await guest?.dispose();
    await driver?.close();
    await Promise.all(images.map((path) => rm(path, { force: true })));
  });

  /** A new qcow2 image where QEMU may read it, removed after the suite. */
  const makeImage = async (mib: number): Promise<string> => {
    const path = `/var/lib/libvirt/images/vdtest-${randomBytes(4).toString('hex')}.qcow2`;
    images.push(path);
    await promisify(execFile)('qemu-img', ['create', '-q', '-f', 'qcow2', path, `${mib}M`]);
    return path;
  };

  const randomMac = (): string =>
    `52:54:00:${[...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;

  /** The guest's virtio disks as "name:KiB", from /proc/partitions. */
  const guestDisks = async (): Promise<string[]> =>
    (await shell.run('cat /proc/partitions'))
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length === 4 && /^vd[a-z]+$/.test(fields[3] ?? ''))
      .map((fields) => `${fields[3]}:${fields[2]}`);

  /** The MAC addresses of the guest's network interfaces. */
  const guestMacs = async (): Promise<string[]> =>
    (await shell.run('cat /sys/class/net/*/address')).split('\n').map((line) => line.trim());

  const refusal = async (promise: Promise<unknown>): Promise<AppError> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  const live = { live: true, config: false };

  it('attaches a virtio disk live and removes it, confirmed by DEVICE_REMOVED and in the guest', async () => {
    const image = await makeImage(8);
    const attached = await service.attach(
      guest.uuid,
      {
        kind: 'disk',
        device: 'disk',
        source: { type: 'file', path: image },
        format: 'qcow2',
        readonly: false,
      },
      live,
    );
    expect(attached).toMatchObject({ status: 'attached', title: 'disk vda' });
    expect(attached.alias).toMatch(/^virtio-disk/);
    await eventually(
      async () => ((await guestDisks()).includes('vda:8192') ? true : undefined),
      'the disk in the guest',
    );

    const removed = await service.detach(guest.uuid, { kind: 'disk', target: 'vda' });
    expect(removed).toMatchObject({ status: 'removed', scope: live });
    expect(await guestDisks()).toEqual([]);
    expect(await driver.getDomainXml(guest.uuid)).not.toContain(image);
  }, 60_000);

  it('attaches a network interface live and removes it while the guest runs', async () => {
    const mac = randomMac();
    const attached = await service.attach(
      guest.uuid,
      { kind: 'interface', source: { type: 'user' }, model: 'virtio', mac },
      live,
    );
    expect(attached).toMatchObject({ status: 'attached', title: `network interface ${mac}` });
    await eventually(
      async () => ((await guestMacs()).includes(mac) ? true : undefined),
      'the NIC in the guest',
    );

    const removed = await service.detach(guest.uuid, { kind: 'interface', mac });
    expect(removed.status).toBe('removed');
    expect(await guestMacs()).not.toContain(mac);
  }, 60_000);

  it('reports "removal pending", not success, while the guest is paused; resume finishes it', async () => {
    const image = await makeImage(1);
    const impatient = new DeviceService(driver, { confirmTimeoutMs: 2_000 });
    try {
      await impatient.attach(
        guest.uuid,
        {
          kind: 'disk',
          device: 'disk',
          source: { type: 'file', path: image },
          format: 'qcow2',
          readonly: false,
        },
        live,
      );
      const vda: DeviceMatch = { kind: 'disk', target: 'vda' };
      await driver.suspend(guest.uuid);
      const outcome = await impatient.detach(guest.uuid, vda);
      expect(outcome.status).toBe('pending');
      expect(outcome.message).toMatch(/^Removal pending:/);
      expect(await driver.getDomainXml(guest.uuid)).toContain(image);
      const pending = (await impatient.list(guest.uuid)).find((d) => d.title === 'disk vda');
      expect(pending?.pending).toBe('removal');

      await driver.resume(guest.uuid);
      await eventually(
        async () =>
          (await impatient.list(guest.uuid)).some((d) => d.title === 'disk vda') ? undefined : true,
        'the late DEVICE_REMOVED',
      );
      expect(await driver.getDomainXml(guest.uuid)).not.toContain(image);
      expect(await guestDisks()).toEqual([]);
    } finally {
      impatient.close();
    }
  }, 90_000);

  it('refuses to remove a controller that still has a disk on it, sending nothing', async () => {
    await driver.attachDevice(
      guest.uuid,
      "<controller type='scsi' index='0' model='virtio-scsi'/>",
      live,
    );
    const image = await makeImage(1);
    await service.attach(
      guest.uuid,
      {
        kind: 'disk',
        device: 'disk',
        source: { type: 'file', path: image },
        bus: 'scsi',
        readonly: false,
      },
      live,
    );
    const detach = vi.spyOn(driver, 'detachDevice');
    try {
      const error = await refusal(
        service.detach(guest.uuid, { kind: 'controller', type: 'scsi', index: 0 }),
      );
      expect(error.code).toBe('busy');
      expect(error.message).toMatch(/still has devices on it \(disk sda\)\. Detach those first\.$/);
      expect(detach).not.toHaveBeenCalled();
    } finally {
      detach.mockRestore();
    }
    expect((await service.detach(guest.uuid, { kind: 'disk', target: 'sda' })).status).toBe(
      'removed',
    );
  }, 60_000);

  it('calls an interface element without a MAC ambiguous when two interfaces fit it', async () => {
    const macs = [randomMac(), randomMac()];
    for (const mac of macs) {
      await service.attach(
        guest.uuid,
        { kind: 'interface', source: { type: 'user' }, model: 'virtio', mac },
        live,
      );
    }
    const detach = vi.spyOn(driver, 'detachDevice');
    try {
      const error = await refusal(service.detachXml(guest.uuid, "<interface type='user'/>", live));
      expect(error.code).toBe('ambiguous');
      expect(error.message).toMatch(/^2 devices match network interface with type user /);
      expect(detach).not.toHaveBeenCalled();
    } finally {
      detach.mockRestore();
    }
    for (const mac of macs) {
      expect((await service.detach(guest.uuid, { kind: 'interface', mac })).status).toBe('removed');
    }
  }, 60_000);
});

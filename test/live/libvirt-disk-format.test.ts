import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { DiskDevice } from '../../src/domain/devices/disk';
import { DomainXml } from '../../src/domain/domain-xml';
import { DeviceService } from '../../src/main/services/device-service';
import { DeviceSpec } from '../../src/shared/devices';
import { AppError } from '../../src/shared/errors';
import { allOf, describeWhen, qemuSystem, virshProgram } from '../fixtures/requirements';
import { buildTestGuest, testGuestDomainXml, uniqueGuestName } from '../fixtures/test-guest';

const virsh = (...args: string[]) =>
  promisify(execFile)('virsh', ['-c', 'qemu:///system', ...args]);

/**
 * A disk's format comes from the host, as virt-manager asks it: the volume at the path
 * (virStorageVolLookupByPath) and its XML's target/format. Against qemu:///system, with a
 * dir pool of its own holding a qcow2 volume, and a shut-off VM (no boot needed).
 */
describeWhen(
  'disk image formats from the host, on qemu:///system',
  allOf(qemuSystem, virshProgram),
  () => {
    let driver: LibvirtDriver;
    let service: DeviceService;
    let dir: string;
    let uuid: string;
    const pool = `vdtest-pool-${randomBytes(4).toString('hex')}`;
    let qcow2Path: string;

    beforeAll(async () => {
      driver = await createLibvirtDriver('qemu:///system');
      service = new DeviceService(driver);
      dir = await mkdtemp('/var/tmp/virtdeck-format-');
      await virsh('pool-create-as', pool, 'dir', '--target', dir);
      const created = await driver.createVolume(
        pool,
        `<volume><name>data.qcow2</name><capacity>16777216</capacity><target><format type='qcow2'/></target></volume>`,
      );
      qcow2Path = created.path;
      ({ uuid } = await driver.defineDomain(
        testGuestDomainXml(uniqueGuestName('vdtest-format'), await buildTestGuest()),
      ));
    }, 60_000);

    afterAll(async () => {
      service?.close();
      if (uuid) await driver.undefineDomain(uuid).catch(() => undefined);
      await virsh('pool-destroy', pool).catch(() => undefined);
      await driver?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const savedDisk = async (path: string) => {
      const config = DomainXml.parse(await driver.getDomainXml(uuid, { inactive: true }));
      return config.devicesOf(DiskDevice).find((disk) => disk.sourceFile === path);
    };

    it('attaches a qcow2 volume as qcow2 when no format was chosen', async () => {
      const spec = DeviceSpec.parse({ kind: 'disk', source: { type: 'file', path: qcow2Path } });
      const check = await service.attachCheck(uuid, spec);
      expect(check.formatNote).toContain(`volume "data.qcow2" in storage pool "${pool}"`);
      expect(check.formatProblem).toBeUndefined();
      await service.attach(uuid, spec);
      expect((await savedDisk(qcow2Path))?.format).toBe('qcow2');
      await service.detach(uuid, {
        kind: 'disk',
        target: (await savedDisk(qcow2Path))?.targetDev ?? '',
      });
    });

    it('refuses raw for a qcow2 volume in prep, saying what the host reports; nothing is sent', async () => {
      const spec = DeviceSpec.parse({
        kind: 'disk',
        source: { type: 'file', path: qcow2Path },
        format: 'raw',
      });
      expect((await service.attachCheck(uuid, spec)).formatProblem).toMatch(
        /reports .* as a qcow2 image, not raw/,
      );
      const sent = vi.spyOn(driver, 'attachDevice');
      const error = await service.attach(uuid, spec).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation');
      expect((error as AppError).message).toMatch(/Choose qcow2 as the image format/);
      expect(sent).not.toHaveBeenCalled();
      sent.mockRestore();
      expect(await savedDisk(qcow2Path)).toBeUndefined();
    });

    it('keeps the chosen format for a path no pool holds, saying it could not be checked', async () => {
      const path = `/var/tmp/vdtest-${randomBytes(4).toString('hex')}.img`;
      await writeFile(path, Buffer.alloc(1 << 20));
      try {
        const spec = DeviceSpec.parse({
          kind: 'disk',
          source: { type: 'file', path },
          format: 'raw',
        });
        expect((await service.attachCheck(uuid, spec)).formatNote).toMatch(
          /no volume of a storage pool on this host, so its format could not be checked/,
        );
        await service.attach(uuid, spec);
        expect((await savedDisk(path))?.format).toBe('raw');
      } finally {
        await rm(path, { force: true });
      }
    });
  },
);

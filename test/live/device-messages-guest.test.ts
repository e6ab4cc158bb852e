import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { DeviceService } from '../../src/main/services/device-service';
import { toErrorShape } from '../../src/main/ipc/error-mapping';
import { DeviceSpec } from '../../src/shared/devices';
import { AppError } from '../../src/shared/errors';
import { startTestGuest } from '../fixtures/test-guest';
import type { TestGuest } from '../fixtures/test-guest';
import { allOf, describeWhen, testGuest, virshProgram } from '../fixtures/requirements';

const virsh = (...args: string[]) =>
  promisify(execFile)('virsh', ['-c', 'qemu:///system', ...args]);

/**
 * What the user is told when the host refuses a device change for a reason that is not the
 * VM's state: a network card on a network that is not active (refused in prep, and the
 * network started through the driver), and a media swap the guest does not let happen.
 * Against qemu:///system with the busybox test guest, on a network of this test's own.
 */
describeWhen(
  'device refusals that name their reason, with a QEMU test guest',
  allOf(testGuest, virshProgram),
  () => {
    let driver: LibvirtDriver;
    let guest: TestGuest;
    let service: DeviceService;
    const network = `vdtest-net-${randomBytes(3).toString('hex')}`;
    const iso = `/var/lib/libvirt/images/vdtest-${randomBytes(4).toString('hex')}.iso`;

    beforeAll(async () => {
      driver = await createLibvirtDriver('qemu:///system');
      guest = await startTestGuest(driver);
      service = new DeviceService(driver, { confirmTimeoutMs: 10_000 });
      // An isolated network without addresses: no dnsmasq, nothing on the host changes.
      const xml = `/tmp/${network}.xml`;
      await writeFile(
        xml,
        `<network><name>${network}</name><bridge name='vd${randomBytes(3).toString('hex')}'/></network>`,
      );
      await virsh('net-define', xml);
      await rm(xml, { force: true });
      await writeFile(iso, Buffer.alloc(1 << 20));
    }, 120_000);

    afterAll(async () => {
      service?.close();
      await guest?.dispose();
      await virsh('net-destroy', network).catch(() => undefined);
      await virsh('net-undefine', network).catch(() => undefined);
      await driver?.close();
      await rm(iso, { force: true });
    });

    it('refuses a NIC on an inactive network in prep, naming the network; once started it goes in', async () => {
      const nic = DeviceSpec.parse({ kind: 'interface', source: { type: 'network', network } });
      const sent = vi.spyOn(driver, 'attachDevice');
      const error = await service
        .attach(guest.uuid, nic, { live: true, config: false })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(
        new RegExp(`^The virtual network "${network}" is not active`),
      );
      expect((error as AppError).issues?.[0]?.path).toBe('source.network');
      expect(sent).not.toHaveBeenCalled();
      sent.mockRestore();

      await driver.startNetwork(network);
      const outcome = await service.attach(guest.uuid, nic, { live: true, config: false });
      expect(outcome.status).toBe('attached');
    });

    it('says the guest kept the tray closed when a media swap is refused, and what to do', async () => {
      await service.attach(
        guest.uuid,
        DeviceSpec.parse({ kind: 'controller', type: 'scsi', model: 'virtio-scsi' }),
        { live: true, config: false },
      );
      const drive = DeviceSpec.parse({
        kind: 'disk',
        device: 'cdrom',
        bus: 'scsi',
        target: 'sdb',
        source: { type: 'file', path: iso },
      });
      await service.attach(guest.uuid, drive, { live: true, config: false });
      // The guest's SCSI CD-ROM driver holds the tray shut: QEMU refuses to take the disc out.
      const error = await service
        .changeMedia(guest.uuid, 'sdb', { type: 'none' }, { live: true, config: false })
        .catch((e: unknown) => e);
      const shape = toErrorShape(error);
      expect(shape.message).toMatch(
        /^The guest kept the drive's tray closed, so its media could not be changed/,
      );
      expect(shape.message).toMatch(/Eject the disc in the guest/);
      expect(shape.message).toMatch(/\(The host said: .*Tray of device '[^']+' is not open\)$/);
      expect(shape.message).not.toMatch(/not in a state/);
    });
  },
);

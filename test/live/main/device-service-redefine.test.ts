import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { DeviceService } from '../../../src/main/services/device-service';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput } from '../../../src/shared/devices';
import { describeWhen, qemuSystem } from '../../fixtures/requirements';

/** Adding the devices libvirt takes only by a define, on qemu:///system. */

const spec = (input: DeviceSpecInput) => DeviceSpec.parse(input);

describeWhen('adding by a redefine on qemu:///system', qemuSystem, () => {
  let driver: LibvirtDriver;
  let service: DeviceService;
  let uuid: string;
  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    service = new DeviceService(driver);
    uuid = (
      await driver.defineDomain(`<domain type='qemu'>
  <name>virtdeck-redefine-${process.pid}</name>
  <memory unit='MiB'>128</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <graphics type='vnc' autoport='yes' passwd='s3cr3t!'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
  </devices>
</domain>`)
    ).uuid;
  });
  afterAll(async () => {
    service?.close();
    if (uuid !== undefined) await driver.undefineDomain(uuid);
    await driver?.close();
  });

  it('adds a video card and a SPICE display, keeping the display password', async () => {
    await expect(
      driver.attachDevice(uuid, `<video><model type='qxl'/></video>`, {
        live: false,
        config: true,
      }),
    ).rejects.toThrow(/persistent attach of device 'video' is not supported/);
    await service.attach(uuid, spec({ kind: 'video', model: 'qxl' }));
    await service.attach(uuid, spec({ kind: 'graphics', type: 'spice' }));
    const secure = await driver.getDomainXml(uuid, { inactive: true, secure: true });
    expect(secure).toContain("passwd='s3cr3t!'");
    expect(secure).toMatch(/<model type='qxl'/);
    expect(secure).toContain("<graphics type='spice'");
    // Without the flag libvirt hides the password, as the device list reads it.
    expect(await driver.getDomainXml(uuid, { inactive: true })).not.toContain('s3cr3t');
  });
});

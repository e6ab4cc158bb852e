import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { formatLikeLibvirt } from '../../../src/drivers/demo/xml/format';
import { parseXml } from '../../../src/drivers/demo/xml/tree';
import { VirErr } from '../../../src/shared/libvirt-errors';
import { lifecycle, nextEvent, recordEvents } from '../../contract/wait';

let driver: Driver;
afterEach(() => driver.close());

const LIVE = { live: true, config: false };
const CONFIG = { live: false, config: true };
const BOTH = { live: true, config: true };

const disk = (target: string, bus = 'virtio'): string =>
  `<disk type='file' device='disk'><source file='/var/lib/libvirt/images/${target}.img'/><target dev='${target}' bus='${bus}'/></disk>`;

async function uuidOf(name: string): Promise<string> {
  return (await driver.lookupDomainByName(name)).uuid;
}

describe('demo host devices', () => {
  it('gives live devices libvirt-style aliases, and keeps them out of the inactive XML', async () => {
    driver = createDemoDriver();
    const uuid = await uuidOf('fedora-workstation');
    const live = await driver.getDomainXml(uuid);
    for (const alias of [
      'virtio-disk0',
      'sata0-0-0',
      'net0',
      'serial0',
      'balloon0',
      'rng0',
      'video0',
    ]) {
      expect(live).toContain(`<alias name='${alias}'/>`);
    }
    expect(live).toMatch(/^<domain type='kvm' id='\d+'>/);
    const inactive = await driver.getDomainXml(uuid, { inactive: true });
    expect(inactive).not.toContain('<alias');
    expect(inactive).toMatch(/^<domain type='kvm'>/);
  });

  it('hotplugs a disk: device-added with its alias, in live and config', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await uuidOf('debian-server');
    const added = nextEvent(driver, (e) => e.kind === 'device-added' && e.uuid === uuid);
    await driver.attachDevice(uuid, disk('vdc'), BOTH);
    expect(await added).toMatchObject({ alias: 'virtio-disk2' });
    expect(await driver.getDomainXml(uuid)).toContain("<alias name='virtio-disk2'/>");
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain(
      "<target dev='vdc' bus='virtio'/>",
    );
  });

  it('finishes a live detach only when the guest lets go, with device-removed', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await uuidOf('debian-server');
    const removed = nextEvent(driver, (e) => e.kind === 'device-removed' && e.uuid === uuid);
    await driver.detachDevice(uuid, disk('vdb'), LIVE);
    // The call has returned but the guest has not answered yet: the disk is still there.
    expect(await driver.getDomainXml(uuid)).toContain("<alias name='virtio-disk1'/>");
    expect(await removed).toMatchObject({ alias: 'virtio-disk1' });
    expect(await driver.getDomainXml(uuid)).not.toContain("dev='vdb'");
    // Live only: the persistent definition keeps the disk.
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain("dev='vdb'");
  });

  it('leaves the removal pending in the guest that ignores unplug, until it resets', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const stubborn = await uuidOf('freebsd-build');
    const cooperative = await uuidOf('debian-server');
    const { events } = recordEvents(driver);
    await driver.detachDevice(stubborn, disk('vdb'), LIVE);
    const removed = nextEvent(driver, (e) => e.kind === 'device-removed' && e.uuid === cooperative);
    await driver.detachDevice(cooperative, disk('vdb'), LIVE);
    // Both requests were made together; the cooperative guest has answered, the other never will.
    await removed;
    expect(events.some((e) => e.kind === 'device-removed' && e.uuid === stubborn)).toBe(false);
    expect(await driver.getDomainXml(stubborn)).toContain("dev='vdb'");

    const resetRemoves = nextEvent(
      driver,
      (e) => e.kind === 'device-removed' && e.uuid === stubborn,
    );
    await driver.reboot(stubborn);
    expect(await resetRemoves).toMatchObject({ alias: 'virtio-disk1' });
    expect(await driver.getDomainXml(stubborn)).not.toContain("dev='vdb'");
  });

  it('reports device-removal-failed from the guest that refuses unplug, keeping the device', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await uuidOf('win11');
    await driver.start(uuid);
    const nic = `<interface type='network'><mac address='52:54:00:e7:28:4b'/></interface>`;
    const failed = nextEvent(driver, (e) => e.kind === 'device-removal-failed' && e.uuid === uuid);
    await driver.detachDevice(uuid, nic, LIVE);
    expect(await failed).toMatchObject({ alias: 'net0' });
    expect(await driver.getDomainXml(uuid)).toContain('52:54:00:e7:28:4b');
  });

  it('finds NICs by MAC and fails for a missing device in libvirt words', async () => {
    driver = createDemoDriver();
    const uuid = await uuidOf('alpine-router');
    await driver.detachDevice(
      uuid,
      `<interface type='bridge'><mac address='52:54:00:02:4F:C2'/></interface>`,
      CONFIG,
    );
    expect(await driver.getDomainXml(uuid)).not.toContain('52:54:00:02:4f:c2');
    await expect(driver.detachDevice(uuid, disk('vdz'), CONFIG)).rejects.toMatchObject({
      code: VirErr.DEVICE_MISSING,
      message: 'device not found: no target device vdz',
    });
    await expect(
      driver.detachDevice(
        uuid,
        `<interface type='network'><mac address='52:54:00:00:00:01'/></interface>`,
        CONFIG,
      ),
    ).rejects.toMatchObject({
      code: VirErr.DEVICE_MISSING,
      message: 'device not found: no device matching MAC address 52:54:00:00:00:01 found',
    });
    await expect(driver.detachDevice(uuid, `<rng model='virtio'/>`, CONFIG)).rejects.toMatchObject({
      code: VirErr.DEVICE_MISSING,
    });
  });

  it('matches other devices exactly, ignoring what the host adds', async () => {
    driver = createDemoDriver();
    const uuid = await uuidOf('alpine-router');
    const rng = `<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>`;
    await driver.detachDevice(uuid, rng, CONFIG);
    expect(await driver.getDomainXml(uuid)).not.toContain('<rng');
  });

  it('refuses what libvirt refuses', async () => {
    driver = createDemoDriver();
    const running = await uuidOf('fedora-workstation');
    const off = await uuidOf('win11');
    await expect(driver.attachDevice(off, disk('vdb'), LIVE)).rejects.toMatchObject({
      code: VirErr.OPERATION_INVALID,
      message: 'Requested operation is not valid: domain is not running',
    });
    await expect(driver.attachDevice(off, disk('sda', 'sata'), CONFIG)).rejects.toMatchObject({
      code: VirErr.OPERATION_INVALID,
      message: 'Requested operation is not valid: target sda already exists',
    });
    await expect(driver.detachDevice(running, disk('sda', 'sata'), LIVE)).rejects.toMatchObject({
      code: VirErr.OPERATION_UNSUPPORTED,
    });
    await expect(driver.attachDevice(running, disk('sdc', 'sata'), LIVE)).rejects.toMatchObject({
      code: VirErr.OPERATION_UNSUPPORTED,
    });
    await expect(
      driver.attachDevice(running, `<video><model type='vga'/></video>`, LIVE),
    ).rejects.toMatchObject({
      code: VirErr.OPERATION_UNSUPPORTED,
    });
    await expect(driver.attachDevice(running, '<disk><target dev=', CONFIG)).rejects.toMatchObject({
      code: VirErr.XML_DETAIL,
    });
  });

  it('adds displays, smartcards and TPMs to a definition only by a define, as libvirt does', async () => {
    driver = createDemoDriver();
    const off = await uuidOf('alpine-router');
    for (const [device, kind] of [
      [`<video><model type='qxl'/></video>`, 'video'],
      [`<graphics type='spice' autoport='yes'/>`, 'graphics'],
      [`<smartcard mode='host'/>`, 'smartcard'],
      [`<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>`, 'tpm'],
    ]) {
      await expect(driver.attachDevice(off, device ?? '', CONFIG)).rejects.toMatchObject({
        code: VirErr.OPERATION_UNSUPPORTED,
        message: `Operation not supported: persistent attach of device '${kind}' is not supported`,
      });
    }
  });

  it('refuses SPICE channels without a SPICE display, and a start with two displays of one type', async () => {
    driver = createDemoDriver();
    const off = await uuidOf('alpine-router');
    await expect(
      driver.attachDevice(off, `<redirdev bus='usb' type='spicevmc'/>`, CONFIG),
    ).rejects.toMatchObject({
      code: VirErr.CONFIG_UNSUPPORTED,
      message: "unsupported configuration: chardev 'spicevmc' not supported without spice graphics",
    });
    const xml = await driver.getDomainXml(off, { inactive: true });
    await driver.defineDomain(
      xml.replace('<video>', "<graphics type='vnc' autoport='yes'/>\n    <video>"),
    );
    await expect(driver.start(off)).rejects.toMatchObject({
      code: VirErr.CONFIG_UNSUPPORTED,
      message:
        'unsupported configuration: only 1 graphics device of each type (sdl, vnc, spice, headless, dbus) is supported',
    });
  });

  it('plugs memory only into a definition with maxMemory slots and a NUMA cell, in libvirt words', async () => {
    driver = createDemoDriver();
    const off = await uuidOf('alpine-router');
    const dimm = (node = 0) =>
      `<memory model='dimm'><target><size unit='MiB'>512</size><node>${node}</node></target></memory>`;
    await expect(driver.attachDevice(off, dimm(), CONFIG)).rejects.toMatchObject({
      code: VirErr.XML_DETAIL,
      message: "can't add memory backend as guest has no NUMA nodes configured",
    });
    const xml = await driver.getDomainXml(off, { inactive: true });
    await driver.defineDomain(
      xml
        .replace('<memory', "<maxMemory slots='1' unit='KiB'>1048576</maxMemory>\n  <memory")
        .replace(
          '</vcpu>',
          "</vcpu>\n  <cpu><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>",
        ),
    );
    await expect(driver.attachDevice(off, dimm(1), CONFIG)).rejects.toMatchObject({
      message:
        "can't add memory backend for guest node '1' as the guest has only '1' NUMA nodes configured",
    });
    await driver.attachDevice(off, dimm(), CONFIG);
    const saved = await driver.getDomainXml(off, { inactive: true });
    expect(saved).toContain("<memory model='dimm'>");
    // libvirt counts the module into the total.
    expect(saved).toContain("<memory unit='KiB'>786432</memory>");
    await expect(driver.attachDevice(off, dimm(), CONFIG)).rejects.toMatchObject({
      code: VirErr.CONFIG_UNSUPPORTED,
      message: 'unsupported configuration: no free memory device slot available',
    });
  });

  it('changes CD media with updateDevice, in both definitions', async () => {
    driver = createDemoDriver();
    const uuid = await uuidOf('ubuntu-dev');
    const media = `<disk type='file' device='cdrom'><source file='/isos/ubuntu-24.04.iso'/><target dev='sda' bus='sata'/><readonly/></disk>`;
    await driver.updateDevice(uuid, media, BOTH);
    expect(await driver.getDomainXml(uuid)).toContain("<source file='/isos/ubuntu-24.04.iso'/>");
    expect(await driver.getDomainXml(uuid)).toContain("<alias name='sata0-0-0'/>");
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain('/isos/ubuntu-24.04.iso');
    await expect(driver.updateDevice(uuid, `<rng model='virtio'/>`, LIVE)).rejects.toMatchObject({
      code: VirErr.OPERATION_UNSUPPORTED,
    });
  });

  it('keeps both definitions in libvirt layout through device changes', async () => {
    driver = createDemoDriver();
    const uuid = await uuidOf('ubuntu-dev');
    const cdrom = `<disk type='file' device='cdrom'><source file='/isos/a.iso'/><target dev='sda' bus='sata'/><readonly/></disk>`;
    await driver.updateDevice(uuid, cdrom, BOTH);
    await driver.attachDevice(
      uuid,
      `<interface type="network"><source network="default"/></interface>`,
      BOTH,
    );
    await driver.detachDevice(
      uuid,
      `<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>`,
      CONFIG,
    );
    for (const xml of [
      await driver.getDomainXml(uuid),
      await driver.getDomainXml(uuid, { inactive: true }),
    ]) {
      expect(formatLikeLibvirt(parseXml(xml))).toBe(xml);
    }
  });

  it('drops pending unplugs and the live definition when the domain stops', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await uuidOf('freebsd-build');
    await driver.detachDevice(uuid, disk('vdb'), LIVE);
    const stopped = nextEvent(driver, lifecycle(uuid, 'stopped'));
    await driver.destroy(uuid);
    await stopped;
    // The persistent definition never lost the disk: it is back on the next boot.
    await driver.start(uuid);
    expect(await driver.getDomainXml(uuid)).toContain("dev='vdb'");
  });
});

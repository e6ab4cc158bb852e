import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDisk, buildNic } from '../../../src/domain/devices/build';
import { prepareDetach } from '../../../src/domain/devices/detach';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { summarizeDevices } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import type { DriverEvent } from '../../../src/drivers/driver';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { DiskSpec, NicSpec } from '../../../src/shared/devices';
import type { DeviceMatch } from '../../../src/shared/devices';
import { startTestGuest } from '../../fixtures/test-guest';
import type { TestGuest } from '../../fixtures/test-guest';
import { nextEvent } from '../../fixtures/test-guest-events';
import { describeWhen, testGuest } from '../../fixtures/requirements';

/**
 * The domain model's device flow against a real QEMU guest: XML from the builders is
 * accepted by a live attach, the live definition reads back through the views, and the
 * detach prep sends the device QEMU knows and awaits the alias its removal event carries.
 */
describeWhen('device flow of the domain model on a QEMU guest', testGuest, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let scratch: string;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
    // Unplugs need the guest's kernel to answer ACPI: wait until it has booted to its shell.
    (await guest.openShell()).close();
    // QEMU runs as another user, so the image directory must be searchable.
    scratch = await mkdtemp(join(tmpdir(), 'virtdeck-domain-'));
    await chmod(scratch, 0o755);
  }, 120_000);

  afterAll(async () => {
    await guest?.dispose();
    await driver?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const liveDefinition = async () => DomainXml.parse(await driver.getDomainXml(guest.uuid));
  const removal = (alias: string | undefined) =>
    nextEvent(
      driver,
      (e: DriverEvent) => e.kind === 'device-removed' && e.uuid === guest.uuid && e.alias === alias,
      60_000,
    );

  /** Attaches `deviceXml` live, then unplugs what `match` names and waits for QEMU's event. */
  const plugAndUnplug = async (deviceXml: string, match: DeviceMatch) => {
    await driver.attachDevice(guest.uuid, deviceXml, { live: true, config: false });
    const plan = prepareDetach(await liveDefinition(), match, true);
    expect(plan.awaitAlias).toBeDefined();
    const removed = removal(plan.awaitAlias);
    await driver.detachDevice(guest.uuid, plan.deviceXml, { live: true, config: false });
    await removed;
    const liveAfter = await liveDefinition();
    // Only now is the device gone from the live definition.
    expect(() => prepareDetach(liveAfter, match, true)).toThrow(/has no/);
    return plan;
  };

  it('hotplugs a built virtio disk with a user alias and unplugs it by target', async () => {
    const image = join(scratch, 'hot.img');
    await writeFile(image, Buffer.alloc(4 * 1024 * 1024));
    const spec = DiskSpec.parse({
      kind: 'disk',
      source: { type: 'file', path: image },
      format: 'raw',
      alias: 'ua-hot',
    });
    const xml = buildDisk(await liveDefinition(), spec);
    const target = new DiskDevice(xml).targetDev!;
    const plan = await plugAndUnplug(serializeElement(xml), { kind: 'disk', target });
    expect(plan.awaitAlias).toBe('ua-hot');
  }, 120_000);

  it('hotplugs a built NIC and unplugs it by its MAC, with the alias QEMU gave it', async () => {
    const xml = buildNic(
      NicSpec.parse({ kind: 'interface', source: { type: 'user' }, mac: '52:54:00:de:c0:01' }),
    );
    const plan = await plugAndUnplug(serializeElement(xml), {
      kind: 'interface',
      mac: '52:54:00:de:c0:01',
    });
    expect(plan.awaitAlias).toMatch(/^net\d+$/);
  }, 120_000);

  it("lists the running guest's devices with a working match each", async () => {
    const summaries = summarizeDevices(await liveDefinition());
    expect(summaries.find((s) => s.kind === 'serial')?.match).toEqual({
      kind: 'chardev',
      element: 'serial',
      port: 0,
    });
    const balloon = summaries.find((s) => s.kind === 'memballoon');
    expect(balloon?.removalProblem).toMatch(/^libvirt cannot remove the memory balloon/);
    expect(balloon?.liveRemovalProblem).toBe(balloon?.removalProblem);
    // The devices libvirt put into the guest's definition itself cannot go either.
    const never = summaries.filter((s) => s.removalProblem !== undefined).map((s) => s.title);
    expect(never).toEqual(expect.arrayContaining(['pci controller 0', 'usb controller 0']));
  });
});

import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DriverEvent } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { startTestGuest } from '../fixtures/test-guest';
import type { GuestShell, TestGuest } from '../fixtures/test-guest';
import { eventually, nextEvent } from '../fixtures/test-guest-events';
import { describeWhen, testGuest } from '../fixtures/requirements';

/**
 * LibvirtDriver against a real QEMU guest on qemu:///system (TCG): the serial console,
 * honest hotplug (a detach is done when the guest lets go, never before), stats and the
 * ACPI lifecycle. The guest is the busybox test guest (scripts/test-guest).
 */
describeWhen('LibvirtDriver with a QEMU test guest', testGuest, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let shell: GuestShell;
  let scratch: string;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
    shell = await guest.openShell();
    // The disk images live here; QEMU runs as another user, so the directory must be searchable.
    scratch = await mkdtemp(join(tmpdir(), 'virtdeck-guest-'));
    await chmod(scratch, 0o755);
  }, 120_000);

  afterAll(async () => {
    shell?.close();
    await guest?.dispose();
    await driver?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const isEvent =
    <K extends DriverEvent['kind']>(kind: K, alias?: string) =>
    (event: DriverEvent): event is Extract<DriverEvent, { kind: K }> =>
      event.kind === kind &&
      'uuid' in event &&
      event.uuid === guest.uuid &&
      (!alias || ('alias' in event && event.alias === alias));

  const diskXml = (file: string): string =>
    `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='${file}'/><target dev='vdb' bus='virtio'/></disk>`;

  /** A blank raw image of `mib` MiB in the scratch directory. */
  const makeImage = async (name: string, mib: number): Promise<string> => {
    const path = join(scratch, name);
    await writeFile(path, Buffer.alloc(mib * 1024 * 1024));
    return path;
  };

  /** The guest's virtio disks as "name:KiB", from /proc/partitions. */
  const guestDisks = async (): Promise<string[]> =>
    (await shell.run('cat /proc/partitions'))
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length === 4 && /^vd[a-z]+$/.test(fields[3] ?? ''))
      .map((fields) => `${fields[3]}:${fields[2]}`);

  it('runs commands on the serial console opened through the driver', async () => {
    expect(await shell.run('uname -r')).toMatch(/-cloud-amd64$/);
    expect(await shell.run('echo $((6 * 7))')).toBe('42');
  }, 60_000);

  it('reports the running guest in the bulk stats', async () => {
    const stats = await eventually(async () => {
      const record = (await driver.getAllDomainStats()).find((s) => s.uuid === guest.uuid);
      return record && record.memoryUsedKiB !== undefined ? record : undefined;
    }, "the balloon driver's first memory report");
    expect(stats).toMatchObject({ state: 'running', vcpus: 1, balloonCurrentKiB: 256 * 1024 });
    expect(stats.cpuTimeNs).toBeGreaterThan(0);
    expect(stats.memoryUsedKiB).toBeGreaterThan(0);
  }, 60_000);

  it('hotplugs a virtio disk and unplugs it, each confirmed by its event', async () => {
    const image = await makeImage('hotplug.raw', 8);

    const added = nextEvent(driver, isEvent('device-added'));
    await driver.attachDevice(guest.uuid, diskXml(image), { live: true, config: false });
    const { alias } = await added;
    expect(alias).toMatch(/^virtio-disk/);
    await eventually(
      async () => ((await guestDisks()).includes('vda:8192') ? true : undefined),
      'the disk in the guest',
    );

    const removed = nextEvent(driver, isEvent('device-removed', alias));
    await driver.detachDevice(guest.uuid, diskXml(image), { live: true, config: false });
    await removed;
    expect(await guestDisks()).toEqual([]);
    expect(await driver.getDomainXml(guest.uuid)).not.toContain(image);
  }, 60_000);

  it('leaves the device in place while a paused guest cannot answer the unplug', async () => {
    const image = await makeImage('paused.raw', 1);
    const added = nextEvent(driver, isEvent('device-added'));
    await driver.attachDevice(guest.uuid, diskXml(image), { live: true, config: false });
    const { alias } = await added;

    await driver.suspend(guest.uuid);
    const removed = nextEvent(driver, isEvent('device-removed', alias), 60_000);
    // Returns once QEMU gives up waiting (about 5 s) with the request still pending.
    await driver.detachDevice(guest.uuid, diskXml(image), { live: true, config: false });
    expect(await driver.getDomainXml(guest.uuid)).toContain(image);

    await driver.resume(guest.uuid);
    await removed;
    expect(await driver.getDomainXml(guest.uuid)).not.toContain(image);
  }, 60_000);

  it('reboots through ACPI and keeps the console across the reboot', async () => {
    const rebooted = nextEvent(driver, isEvent('reboot'));
    await driver.reboot(guest.uuid);
    await rebooted;
    await shell.waitForPrompt();
    expect(await shell.run('cat /proc/uptime')).toMatch(/^\d+\.\d+ /);
  }, 90_000);

  it('shuts down through ACPI', async () => {
    const isLifecycle = isEvent('lifecycle');
    const stopped = nextEvent(
      driver,
      (e): e is Extract<DriverEvent, { kind: 'lifecycle' }> =>
        isLifecycle(e) && e.event === 'stopped',
    );
    await driver.shutdown(guest.uuid);
    expect((await stopped).detail).toBe(0); // VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN
    expect((await driver.lookupDomain(guest.uuid)).state).toBe('shutoff');
  }, 60_000);
});

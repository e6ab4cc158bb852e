import { describe, expect, it, vi } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver, DriverEvent } from '../../../src/drivers/driver';
import type { DeviceMatch } from '../../../src/shared/devices';
import { deviceServiceOn, refusal } from './device-service-fixture';

/**
 * The device service's prep, act, confirm flow against the demo host, whose guests take a
 * moment to release a device (freebsd-build never does; a paused guest waits for resume).
 */

/** A demo host whose guests answer quickly, and a service that waits `confirmTimeoutMs`. */
function setup(confirmTimeoutMs: number, driver?: Driver) {
  const changes: string[] = [];
  const onChange = (uuid: string) => changes.push(uuid);
  return { ...deviceServiceOn(driver, { confirmTimeoutMs, onChange }), changes };
}

const vdb: DeviceMatch = { kind: 'disk', target: 'vdb' };

/** Waits until `check` holds, polling; fails with `what` after 5 s. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('DeviceService detach', () => {
  it('reports "removed" once DEVICE_REMOVED arrives, from the VM and its definition', async () => {
    const { service, driver, uuidOf, changes } = setup(5_000);
    const uuid = await uuidOf('debian-server');
    const outcome = await service.detach(uuid, vdb);
    expect(outcome).toMatchObject({ status: 'removed', scope: { live: true, config: true } });
    expect(outcome.message).toBe('Disk vdb was removed from debian-server.');
    expect(await driver.getDomainXml(uuid)).not.toContain("dev='vdb'");
    expect(await driver.getDomainXml(uuid, { inactive: true })).not.toContain("dev='vdb'");
    expect((await service.list(uuid)).map((d) => d.title)).not.toContain('disk vdb');
    expect(changes).toContain(uuid);
  });

  it('reports "pending", not success, when the guest ignores the unplug request', async () => {
    const { service, driver, uuidOf } = setup(50);
    const uuid = await uuidOf('freebsd-build');
    const outcome = await service.detach(uuid, vdb, { live: true, config: false });
    expect(outcome.status).toBe('pending');
    expect(outcome.message).toMatch(
      /^Removal pending: .*Retry, cancel, or remove it at the next boot\.$/,
    );
    expect(await driver.getDomainXml(uuid)).toContain("dev='vdb'");
    const row = (await service.list(uuid)).find((d) => d.title === 'disk vdb');
    expect(row).toMatchObject({ pending: 'removal', inLive: true, inConfig: true });
  });

  it('clears a pending removal when DEVICE_REMOVED comes late', async () => {
    const { service, driver, uuidOf, changes } = setup(50);
    const uuid = await uuidOf('ubuntu-dev'); // paused: the guest cannot answer yet
    const vda: DeviceMatch = { kind: 'disk', target: 'vda' };
    expect((await service.detach(uuid, vda, { live: true, config: false })).status).toBe('pending');
    expect((await service.list(uuid)).find((d) => d.title === 'disk vda')?.pending).toBe('removal');
    changes.length = 0;

    await driver.resume(uuid);
    await until(
      async () =>
        changes.includes(uuid) && !(await driver.getDomainXml(uuid)).includes("dev='vda'"),
      'the late DEVICE_REMOVED',
    );
    const list = await service.list(uuid);
    expect(list.find((d) => d.title === 'disk vda')).toMatchObject({
      inLive: false,
      inConfig: true,
    });
    expect(list.some((d) => d.pending !== undefined)).toBe(false);
  });

  it('treats DEVICE_REMOVAL_FAILED as an error and shows it on the device', async () => {
    const demo = createDemoDriver({ timeScale: 0.01 });
    const driver = refusingGuest(demo);
    const { service, uuidOf } = setup(5_000, driver);
    const uuid = await uuidOf('freebsd-build');
    const error = await refusal(service.detach(uuid, vdb, { live: true, config: false }));
    expect(error.code).toBe('operation-invalid');
    expect(error.message).toMatch(/^The guest refused to release disk vdb\. .* then retry/);
    const row = (await service.list(uuid)).find((d) => d.title === 'disk vdb');
    expect(row?.pending).toBeUndefined();
    expect(row?.lastError).toBe(error.message);

    await service.cancelPending(uuid, vdb);
    expect(
      (await service.list(uuid)).find((d) => d.title === 'disk vdb')?.lastError,
    ).toBeUndefined();
  });

  it.each<[string, string, DeviceMatch, boolean, string]>([
    [
      'not-found',
      'debian-server',
      { kind: 'disk', target: 'vdz' },
      true,
      'has no disk with target "vdz"',
    ],
    [
      'busy',
      'debian-server',
      { kind: 'controller', type: 'virtio-serial', index: 0 },
      false,
      'org.qemu.guest_agent.0',
    ],
    [
      'not-removable',
      'ubuntu-dev',
      { kind: 'controller', type: 'sata', index: 0 },
      false,
      'built into the Q35 chipset',
    ],
    ['not-hot-unpluggable', 'ubuntu-dev', { kind: 'disk', target: 'sda' }, true, 'Eject its media'],
  ])(
    'refuses a %s device in the prep step and sends nothing',
    async (code, vm, match, live, text) => {
      const { service, driver, uuidOf } = setup(5_000);
      const uuid = await uuidOf(vm);
      const detach = vi.spyOn(driver, 'detachDevice');
      const error = await refusal(service.detach(uuid, match, { live, config: !live }));
      expect(error.code).toBe(code);
      expect(error.message).toContain(text);
      expect(detach).not.toHaveBeenCalled();
    },
  );

  it('refuses an interface element without a MAC when two interfaces fit it', async () => {
    const { service, driver, uuidOf } = setup(5_000);
    const uuid = await uuidOf('alpine-router');
    await driver.attachDevice(uuid, "<interface type='user'><model type='virtio'/></interface>", {
      live: false,
      config: true,
    });
    await driver.attachDevice(uuid, "<interface type='user'><model type='e1000e'/></interface>", {
      live: false,
      config: true,
    });
    const detach = vi.spyOn(driver, 'detachDevice');
    const error = await refusal(service.detachXml(uuid, "<interface type='user'/>"));
    expect(error.code).toBe('ambiguous');
    expect(error.message).toMatch(
      /^2 devices match network interface with type user .*MAC address/,
    );
    expect(detach).not.toHaveBeenCalled();
  });

  it('offers retry, cancel and removal at the next boot for a pending removal', async () => {
    const { service, driver, uuidOf } = setup(50);
    const uuid = await uuidOf('freebsd-build');
    await service.detach(uuid, vdb, { live: true, config: false });
    expect((await service.retryDetach(uuid, vdb)).status).toBe('pending');

    const next = await service.detachAtNextBoot(uuid, vdb);
    expect(next.status).toBe('scheduled-for-next-boot');
    expect(await driver.getDomainXml(uuid, { inactive: true })).not.toContain("dev='vdb'");
    const row = (await service.list(uuid)).find((d) => d.title === 'disk vdb');
    expect(row).toMatchObject({ pending: 'removal', inLive: true, inConfig: false });

    await service.cancelPending(uuid, vdb);
    expect((await service.list(uuid)).find((d) => d.title === 'disk vdb')?.pending).toBeUndefined();
  });

  it('changes only the definition of a shut-off VM', async () => {
    const { service, driver, uuidOf } = setup(5_000);
    const uuid = await uuidOf('alpine-router');
    const [nic] = (await service.list(uuid)).filter((d) => d.kind === 'interface');
    const outcome = await service.detach(uuid, nic!.match!);
    expect(outcome).toMatchObject({ status: 'removed', scope: { live: false, config: true } });
    const live = vi.spyOn(driver, 'detachDevice');
    const error = await refusal(service.detach(uuid, vdb, { live: true, config: false }));
    expect(error.message).toMatch(/is not running.*saved definition instead/);
    expect(live).not.toHaveBeenCalled();
  });
});

describe('DeviceService attach and media', () => {
  it('attaches a disk live and in the definition, confirmed in the live XML', async () => {
    const { service, driver, uuidOf } = setup(5_000);
    const uuid = await uuidOf('debian-server');
    const spec = {
      kind: 'disk',
      source: { type: 'file', path: '/var/lib/libvirt/images/x.qcow2' },
      format: 'qcow2',
    } as const;
    const preview = await service.previewXml(uuid, { ...spec, device: 'disk', readonly: false });
    expect(preview).toMatch(/<target dev=.vdc. bus=.virtio.\/>/);
    const outcome = await service.attach(uuid, { ...spec, device: 'disk', readonly: false });
    expect(outcome).toMatchObject({ status: 'attached', title: 'disk vdc', alias: 'virtio-disk2' });
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain("dev='vdc'");
    const row = (await service.list(uuid)).find((d) => d.title === 'disk vdc');
    expect(row).toMatchObject({ inLive: true, inConfig: true });
  });

  it('attaches a network interface to the running VM only', async () => {
    const { service, driver, uuidOf } = setup(5_000);
    const uuid = await uuidOf('debian-server');
    const outcome = await service.attach(
      uuid,
      {
        kind: 'interface',
        source: { type: 'network', network: 'default' },
        model: 'virtio',
        mac: '52:54:00:aa:bb:cc',
      },
      { live: true, config: false },
    );
    expect(outcome).toMatchObject({
      status: 'attached',
      title: 'network interface 52:54:00:aa:bb:cc',
    });
    expect(await driver.getDomainXml(uuid, { inactive: true })).not.toContain('52:54:00:aa:bb:cc');
    const row = (await service.list(uuid)).find((d) => d.title.endsWith('52:54:00:aa:bb:cc'));
    expect(row).toMatchObject({ inLive: true, inConfig: false });
  });

  it('ejects and inserts CD-ROM media as an update of the drive', async () => {
    const { service, driver, uuidOf } = setup(5_000);
    const uuid = await uuidOf('ubuntu-dev');
    const iso = '/var/lib/libvirt/images/tools.iso';
    await service.changeMedia(uuid, 'sda', { type: 'file', path: iso });
    expect(await driver.getDomainXml(uuid)).toContain(iso);
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain(iso);
    await service.changeMedia(uuid, 'sda', { type: 'none' });
    expect(await driver.getDomainXml(uuid)).not.toContain(iso);
  });
});

/** The demo host, but its guests refuse every unplug (DEVICE_REMOVAL_FAILED). */
function refusingGuest(driver: Driver): Driver {
  const listeners = new Set<(event: DriverEvent) => void>();
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'onEvent') {
        return (listener: (event: DriverEvent) => void) => {
          listeners.add(listener);
          const stop = target.onEvent(listener);
          return () => {
            listeners.delete(listener);
            stop();
          };
        };
      }
      if (property === 'detachDevice') {
        return async (uuid: string, xml: string, scope: { live: boolean; config: boolean }) => {
          await target.detachDevice(uuid, xml, scope);
          const alias = /<alias name='([^']+)'/.exec(xml)?.[1];
          if (!scope.live || alias === undefined) return;
          const event: DriverEvent = { kind: 'device-removal-failed', uuid, name: '', alias };
          for (const listener of listeners) listener(event);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

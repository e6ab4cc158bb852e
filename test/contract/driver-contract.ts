import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverEvent } from '../../src/drivers/driver';
import { DriverError } from '../../src/drivers/driver';
import { VirErr } from '../../src/shared/libvirt-errors';
import type { ContractOptions, DriverUnderTest } from './contract-options';
import { volumeCases } from './volume-contract';
import { eventually, lifecycle, nextEvent } from './wait';

export type { ContractOptions, ContractSkips, DriverUnderTest } from './contract-options';

/**
 * The behaviour every Driver owes the app, checked the same way against every host: the
 * demo host always, libvirt's test driver and a real QEMU host when reachable. It checks
 * libvirt's semantics (states, events, error codes), never one driver's wording. Every
 * domain it needs it defines itself, under a unique name, and removes again.
 */

/**
 * libvirt does not agree with itself on the code for a call made in the wrong state: the
 * QEMU driver says OPERATION_INVALID, the test driver INTERNAL_ERROR. Either is libvirt.
 */
const WRONG_STATE_CODES: readonly number[] = [VirErr.OPERATION_INVALID, VirErr.INTERNAL_ERROR];

const DISK_XML = (target: string): string =>
  `<disk type='file' device='disk'><driver name='qemu' type='raw'/>` +
  `<source file='/var/lib/libvirt/images/contract-${target}.img'/><target dev='${target}' bus='virtio'/></disk>`;
const NIC_XML = (mac: string): string =>
  `<interface type='network'><mac address='${mac}'/><source network='default'/><model type='virtio'/></interface>`;

/**
 * Registers the suite for one driver. A host runs it from its own `*.contract.test.ts`:
 *
 * ```ts
 * describeDriverContract('libvirt test driver', async () => {
 *   const driver = await createLibvirtDriver('test+unix:///default');
 *   return { driver, cleanup: () => driver.close() };
 * }, {
 *   newDomainXml: (name) => `<domain type='test'><name>${name}</name>...</domain>`,
 *   skip: { cpuStats: 'the test driver reports only the state', devices: '...' },
 * });
 * ```
 *
 * One driver serves the whole suite; every domain the suite defined is destroyed and
 * undefined afterwards, then `cleanup` runs.
 */
export function describeDriverContract(
  name: string,
  makeDriver: () => Promise<DriverUnderTest>,
  options: ContractOptions,
): void {
  describe(`Driver contract: ${name}`, () => {
    let subject: DriverUnderTest | undefined;
    let driver: Driver;
    const created = new Set<string>();
    const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
    let counter = 0;

    /** Defines a fresh shut-off domain for one test and remembers it for cleanup. */
    async function defineOwnDomain(): Promise<{ uuid: string; name: string }> {
      const domainName = `contract-${runId}-${++counter}`;
      const record = await driver.defineDomain(options.newDomainXml(domainName));
      created.add(record.uuid);
      return { uuid: record.uuid, name: domainName };
    }

    async function expectDriverError(
      call: Promise<unknown>,
      codes: readonly number[],
    ): Promise<DriverError> {
      const error: unknown = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DriverError);
      expect(codes).toContain((error as DriverError).code);
      return error as DriverError;
    }

    async function stateOf(uuid: string): Promise<string> {
      return (await driver.lookupDomain(uuid)).state;
    }

    beforeAll(async () => {
      subject = await makeDriver();
      driver = subject.driver;
    });

    afterAll(async () => {
      // Nothing to tidy when the driver never came up (beforeAll reports that failure).
      if (subject === undefined) return;
      for (const uuid of created) {
        await driver.destroy(uuid).catch(() => undefined);
        await driver.undefineDomain(uuid).catch(() => undefined);
      }
      await subject.cleanup?.();
    });

    it('describes its host', async () => {
      const info = await driver.getHostInfo();
      expect(info.hostname).not.toBe('');
      expect(info.hypervisor).not.toBe('');
      expect(info.cpus).toBeGreaterThan(0);
      expect(info.memoryKiB).toBeGreaterThan(0);
      expect(info.libvirtVersion).toBeGreaterThan(0);
      expect(typeof driver.uri).toBe('string');
    });

    it('lists domains with libvirt handles: lower-case UUIDs, unique names, ids only while active', async () => {
      await defineOwnDomain();
      const domains = await driver.listDomains();
      expect(domains.length).toBeGreaterThan(0);
      expect(new Set(domains.map((d) => d.name)).size).toBe(domains.length);
      for (const d of domains) {
        expect(d.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        if (d.state === 'shutoff') expect(d.id).toBe(-1);
        else expect(d.id).toBeGreaterThan(0);
      }
    });

    it('looks domains up by UUID and by name', async () => {
      const own = await defineOwnDomain();
      const byUuid = await driver.lookupDomain(own.uuid);
      const byName = await driver.lookupDomainByName(own.name);
      expect(byUuid).toEqual(byName);
      expect(byUuid).toMatchObject({
        uuid: own.uuid,
        name: own.name,
        state: 'shutoff',
        id: -1,
        persistent: true,
      });
    });

    it('fails lookups of unknown domains with NO_DOMAIN', async () => {
      await expectDriverError(driver.lookupDomain('00000000-1111-4222-8333-444444444444'), [
        VirErr.NO_DOMAIN,
      ]);
      await expectDriverError(driver.lookupDomainByName(`contract-${runId}-missing`), [
        VirErr.NO_DOMAIN,
      ]);
      await expectDriverError(driver.start('00000000-1111-4222-8333-444444444444'), [
        VirErr.NO_DOMAIN,
      ]);
    });

    it('defines from XML, gives the XML back, redefines, and undefines without a trace', async () => {
      const domainName = `contract-${runId}-xml`;
      const defined = nextEvent(
        driver,
        (e) => e.kind === 'lifecycle' && e.name === domainName && e.event === 'defined',
      );
      const record = await driver.defineDomain(options.newDomainXml(domainName));
      created.add(record.uuid);
      expect(record).toMatchObject({ name: domainName, state: 'shutoff', persistent: true });
      await defined;

      const xml = await driver.getDomainXml(record.uuid);
      expect(xml).toContain(`<name>${domainName}</name>`);
      expect(xml).toContain(`<uuid>${record.uuid}</uuid>`);
      expect(await driver.getDomainXml(record.uuid, { inactive: true })).toContain(
        `<name>${domainName}</name>`,
      );

      // Defining the host's own XML again updates the same domain.
      const again = await driver.defineDomain(xml);
      expect(again.uuid).toBe(record.uuid);
      expect((await driver.listDomains()).filter((d) => d.name === domainName)).toHaveLength(1);

      const undefinedEvent = nextEvent(driver, lifecycle(record.uuid, 'undefined'));
      await driver.undefineDomain(record.uuid);
      await undefinedEvent;
      await expectDriverError(driver.lookupDomain(record.uuid), [VirErr.NO_DOMAIN]);
      expect((await driver.listDomains()).some((d) => d.name === domainName)).toBe(false);
      created.delete(record.uuid);
    });

    it('refuses a second domain with a taken name, and malformed XML', async () => {
      const own = await defineOwnDomain();
      // libvirt's domain list refuses the clash as OPERATION_FAILED (not DOM_EXIST), and
      // relays the XML parser's complaint as XML_DETAIL.
      await expectDriverError(driver.defineDomain(options.newDomainXml(own.name)), [
        VirErr.OPERATION_FAILED,
      ]);
      await expectDriverError(driver.defineDomain(`<domain type='kvm'><name>broken</name>`), [
        VirErr.XML_DETAIL,
      ]);
    });

    it('runs the lifecycle: start, suspend, resume, destroy, with their events', async () => {
      const own = await defineOwnDomain();
      const seen: DriverEvent[] = [];
      const stopListening = driver.onEvent((e) => {
        if (e.kind === 'lifecycle' && e.uuid === own.uuid) seen.push(e);
      });
      try {
        const started = nextEvent(driver, lifecycle(own.uuid, 'started'));
        await driver.start(own.uuid);
        await started;
        const running = await driver.lookupDomain(own.uuid);
        expect(running).toMatchObject({ state: 'running' });
        expect(running.id).toBeGreaterThan(0);
        expect(await driver.getDomainXml(own.uuid)).toMatch(
          new RegExp(`<domain [^>]*id=['"]${running.id}['"]`),
        );
        await expectDriverError(driver.start(own.uuid), WRONG_STATE_CODES);

        await driver.suspend(own.uuid);
        expect(await stateOf(own.uuid)).toBe('paused');
        const resumed = nextEvent(driver, lifecycle(own.uuid, 'resumed'));
        await driver.resume(own.uuid);
        await resumed;
        expect(await stateOf(own.uuid)).toBe('running');
        // QEMU treats resuming a running domain as done; the test driver refuses it. Both keep it running.
        await driver.resume(own.uuid).catch((e: unknown) => {
          expect(e).toBeInstanceOf(DriverError);
          expect(WRONG_STATE_CODES).toContain((e as DriverError).code);
        });
        expect(await stateOf(own.uuid)).toBe('running');

        const destroyed = nextEvent(driver, lifecycle(own.uuid, 'stopped'));
        await driver.destroy(own.uuid);
        await destroyed;
        expect(await stateOf(own.uuid)).toBe('shutoff');
        await expectDriverError(driver.destroy(own.uuid), WRONG_STATE_CODES);
        await expectDriverError(driver.reboot(own.uuid), WRONG_STATE_CODES);
        await expectDriverError(driver.suspend(own.uuid), WRONG_STATE_CODES);

        // In this order, with others allowed in between: QEMU, which starts a guest paused
        // and then lets it run, also reports a `resumed` around every `started`.
        const order = seen.map((e) => (e.kind === 'lifecycle' ? e.event : e.kind));
        expect(inOrder(order, ['started', 'suspended', 'resumed', 'stopped'])).toEqual(order);
      } finally {
        stopListening();
      }
    });

    const shutdownSkip = options.skip?.gracefulShutdown;
    (shutdownSkip === undefined ? it : it.skip)(
      `shuts down gracefully: the domain stops in its own time${shutdownSkip === undefined ? '' : ` (skipped: ${shutdownSkip})`}`,
      async () => {
        const own = await defineOwnDomain();
        await driver.start(own.uuid);
        const stopped = nextEvent(driver, lifecycle(own.uuid, 'stopped'));
        await driver.shutdown(own.uuid);
        await stopped;
        await eventually(
          async () => ((await stateOf(own.uuid)) === 'shutoff' ? true : undefined),
          'shut off',
        );
        expect((await driver.lookupDomain(own.uuid)).id).toBe(-1);
        await expectDriverError(driver.shutdown(own.uuid), WRONG_STATE_CODES);
      },
    );

    it('stops delivering events to a listener that unsubscribed', async () => {
      const own = await defineOwnDomain();
      const late: DriverEvent[] = [];
      const unsubscribe = driver.onEvent((e) => late.push(e));
      unsubscribe();
      const started = nextEvent(driver, lifecycle(own.uuid, 'started'));
      await driver.start(own.uuid);
      await started;
      expect(late).toEqual([]);
      await driver.destroy(own.uuid);
    });

    it('keeps a running domain that loses its definition until it stops (transient)', async () => {
      const own = await defineOwnDomain();
      await driver.start(own.uuid);
      await driver.undefineDomain(own.uuid);
      expect(await driver.lookupDomain(own.uuid)).toMatchObject({
        state: 'running',
        persistent: false,
      });
      await driver.destroy(own.uuid);
      await expectDriverError(driver.lookupDomain(own.uuid), [VirErr.NO_DOMAIN]);
      created.delete(own.uuid);
    });

    const statsSkip = options.skip?.cpuStats;
    (statsSkip === undefined ? it : it.skip)(
      `reports growing CPU time for a running domain${statsSkip === undefined ? '' : ` (skipped: ${statsSkip})`}`,
      async () => {
        const own = await defineOwnDomain();
        await driver.start(own.uuid);
        const sample = async () =>
          (await driver.getAllDomainStats()).find((s) => s.uuid === own.uuid);
        const first = await sample();
        expect(first).toMatchObject({ state: 'running' });
        await eventually(async () => {
          const later = await sample();
          return later !== undefined && later.cpuTimeNs > (first?.cpuTimeNs ?? 0)
            ? later
            : undefined;
        }, 'CPU time to grow');
        await driver.destroy(own.uuid);
      },
    );

    it('reports every domain in bulk stats with its current state', async () => {
      const own = await defineOwnDomain();
      const stats = await driver.getAllDomainStats();
      expect(stats.find((s) => s.uuid === own.uuid)).toMatchObject({ state: 'shutoff' });
    });

    const devicesSkip = options.skip?.devices;
    const skipNote = devicesSkip === undefined ? '' : ` (skipped: ${devicesSkip})`;
    (devicesSkip === undefined ? it : it.skip)(
      `attaches and detaches a disk and a NIC in the config of a shut-off domain${skipNote}`,
      async () => {
        const own = await defineOwnDomain();
        const mac = '52:54:00:c0:47:01';
        const config = { live: false, config: true };
        await driver.attachDevice(own.uuid, DISK_XML('vdb'), config);
        await driver.attachDevice(own.uuid, NIC_XML(mac), config);
        let xml = await driver.getDomainXml(own.uuid, { inactive: true });
        expect(xml).toMatch(/<target dev=['"]vdb['"]/);
        expect(xml).toContain(mac);

        await driver.detachDevice(own.uuid, DISK_XML('vdb'), config);
        await driver.detachDevice(own.uuid, NIC_XML(mac), config);
        xml = await driver.getDomainXml(own.uuid, { inactive: true });
        expect(xml).not.toMatch(/<target dev=['"]vdb['"]/);
        expect(xml).not.toContain(mac);
      },
    );

    (devicesSkip === undefined ? it : it.skip)(
      `refuses to detach a device that is not there, and live changes to a shut-off domain${skipNote}`,
      async () => {
        const own = await defineOwnDomain();
        const config = { live: false, config: true };
        await expectDriverError(driver.detachDevice(own.uuid, DISK_XML('vdz'), config), [
          VirErr.DEVICE_MISSING,
        ]);
        await expectDriverError(
          driver.detachDevice(own.uuid, NIC_XML('52:54:00:c0:47:99'), config),
          [VirErr.DEVICE_MISSING],
        );
        await expectDriverError(
          driver.attachDevice(own.uuid, DISK_XML('vdc'), { live: true, config: false }),
          [VirErr.OPERATION_INVALID],
        );
      },
    );

    const liveSkip = options.skip?.devices ?? options.skip?.liveDevices;
    (liveSkip === undefined ? it : it.skip)(
      `hotplugs a disk into a running domain and unplugs it, each confirmed by its event${liveSkip === undefined ? '' : ` (skipped: ${liveSkip})`}`,
      async () => {
        const own = await defineOwnDomain();
        await driver.start(own.uuid);
        const live = { live: true, config: false };
        const added = nextEvent(driver, (e) => e.kind === 'device-added' && e.uuid === own.uuid);
        await driver.attachDevice(own.uuid, DISK_XML('vdb'), live);
        const addedEvent = await added;
        const alias = addedEvent.kind === 'device-added' ? addedEvent.alias : '';
        expect(await driver.getDomainXml(own.uuid)).toContain(alias);
        expect(await driver.getDomainXml(own.uuid, { inactive: true })).not.toMatch(
          /<target dev=['"]vdb['"]/,
        );

        const removed = nextEvent(
          driver,
          (e) => e.kind === 'device-removed' && e.uuid === own.uuid && e.alias === alias,
        );
        await driver.detachDevice(own.uuid, DISK_XML('vdb'), live);
        await removed;
        expect(await driver.getDomainXml(own.uuid)).not.toMatch(/<target dev=['"]vdb['"]/);
        await driver.destroy(own.uuid);
      },
    );

    volumeCases({ driver: () => driver, runId, expectDriverError }, options);
  });
}

/**
 * `actual` if `expected` occurs in it in order (other entries may come between), otherwise
 * `expected` itself, so a failing toEqual shows both lists.
 */
function inOrder(actual: readonly string[], expected: readonly string[]): readonly string[] {
  let next = 0;
  for (const entry of actual) if (entry === expected[next]) next++;
  return next === expected.length ? actual : expected;
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { uniqueGuestName } from '../fixtures/test-guest';
import { REQUIRE_ALL, describeWhen, libvirtDriver } from '../fixtures/requirements';

/**
 * LibvirtDriver on a hypervisor driver without the bulk stats call: libvirt's LXC driver
 * (lxc:///) answers NO_SUPPORT, so listing and stats fall back to one call per domain.
 * The container is only defined, never started (that needs cgroups this host may lack).
 * Needs the daemon's LXC driver (libvirt-daemon-driver-lxc).
 */
describeWhen(
  'LibvirtDriver without bulk stats (lxc:///)',
  libvirtDriver('lxc', 'libvirt-daemon-driver-lxc'),
  () => {
    let driver: LibvirtDriver | undefined;
    let unavailable = '';
    let uuid = '';
    const name = uniqueGuestName('vdtest-lxc');

    beforeAll(async () => {
      try {
        driver = await createLibvirtDriver('lxc:///');
      } catch (error) {
        // Installed after libvirtd started: the daemon has not loaded it.
        unavailable = `the daemon has no LXC driver; restart libvirtd (${error instanceof Error ? error.message : String(error)})`;
        if (REQUIRE_ALL) throw new Error(`cannot run (VIRTDECK_REQUIRE_LIBVIRT=1): ${unavailable}`);
        return;
      }
      const xml = `<domain type='lxc'><name>${name}</name><memory unit='KiB'>65536</memory><os><type>exe</type><init>/bin/sh</init></os></domain>`;
      ({ uuid } = await driver.defineDomain(xml));
    });

    afterAll(async () => {
      if (uuid) await driver?.undefineDomain(uuid);
      await driver?.close();
    });

    it('lists domains one call at a time', async (context) => {
      if (!driver) return context.skip(unavailable);
      const listed = (await driver.listDomains()).find((d) => d.uuid === uuid);
      expect(listed).toEqual({
        uuid,
        name,
        id: -1,
        state: 'shutoff',
        reason: expect.any(Number) as number,
        persistent: true,
      });
    });

    it('samples stats one call at a time, with what virDomainGetInfo knows', async (context) => {
      if (!driver) return context.skip(unavailable);
      const record = (await driver.getAllDomainStats()).find((s) => s.uuid === uuid);
      expect(record).toMatchObject({
        uuid,
        state: 'shutoff',
        cpuTimeNs: 0,
        balloonCurrentKiB: 65536,
        blockReadBytes: 0,
      });
    });
  },
);

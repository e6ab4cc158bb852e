import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { uniqueGuestName } from '../fixtures/test-guest';
import { describeWhen, libvirtd } from '../fixtures/requirements';

/**
 * LibvirtDriver on a hypervisor driver without the bulk stats call: libvirt's LXC driver
 * (lxc:///) answers NO_SUPPORT, so listing and stats fall back to one call per domain.
 * The container is only defined, never started (that needs cgroups this host may lack).
 * Skipped, saying so, when the daemon has no LXC driver.
 */
describeWhen('LibvirtDriver without bulk stats (lxc:///)', libvirtd, () => {
  let driver: LibvirtDriver | undefined;
  let unavailable = '';
  let uuid = '';
  const name = uniqueGuestName('vdtest-lxc');

  beforeAll(async () => {
    try {
      driver = await createLibvirtDriver('lxc:///');
    } catch (error) {
      unavailable = `the daemon has no LXC driver (${error instanceof Error ? error.message : String(error)})`;
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
});

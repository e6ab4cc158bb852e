import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect } from '../../../src/drivers/libvirt';
import type { Domain, LibvirtClient } from '../../../src/drivers/libvirt';
import { DriverError } from '../../../src/drivers/driver';
import { virDomainState, virErrorNumber } from '../../../src/drivers/libvirt/protocol/enums.gen';
import { DAEMON_SOCKET, daemonAnswers, describeWhen } from '../../fixtures/requirements';

/**
 * The generated procedure table against the daemon's test driver: at least one call of
 * each family, mostly calls the earlier hand-written tables never had, so a field order
 * or type the generator got wrong shows up as garbage or a decode error here.
 */
const daemon = await daemonAnswers();
const URI = `test+unix:///default?socket=${DAEMON_SOCKET}`;

describeWhen('generated procedures against the test driver', daemon, () => {
  let client: LibvirtClient;
  let test: Domain;

  beforeAll(async () => {
    client = await connect(URI);
    test = await client.domainLookupByName('test');
  });
  afterAll(async () => {
    if ((client as LibvirtClient | undefined) === undefined) return;
    await client.close();
  });

  it('domain: scheduler type, defined count, info and state agree with the header enums', async () => {
    expect(await client.domainGetSchedulerType(test)).toEqual({ type: 'fair', nparams: 1 });
    expect(await client.connectNumOfDefinedDomains()).toBeGreaterThanOrEqual(0);
    const info = await client.domainGetInfo(test);
    expect(info.state).toBe(virDomainState.VIR_DOMAIN_RUNNING);
    expect(info.nrVirtCpu).toBeGreaterThan(0);
    expect(await client.domainGetOSType(test)).toBe('linux');
  });

  it('snapshot: count and names of a fresh snapshot, then its removal', async () => {
    const before = await client.domainSnapshotNum(test, 0);
    const snap = await client.domainSnapshotCreateXML(
      test,
      '<domainsnapshot><name>vdk-gen-snap</name></domainsnapshot>',
      0,
    );
    try {
      expect(await client.domainSnapshotNum(test, 0)).toBe(before + 1);
      expect(await client.domainSnapshotListNames(test, before + 1, 0)).toContain('vdk-gen-snap');
      expect(await client.domainSnapshotIsCurrent(snap, 0)).toBe(1);
    } finally {
      await client.domainSnapshotDelete(snap, 0);
    }
  });

  it('storage pool and volume: volume count and names, volume info', async () => {
    const pool = await client.storagePoolLookupByName('default-pool');
    const n = await client.storagePoolNumOfVolumes(pool);
    const names = await client.storagePoolListVolumes(pool, n);
    expect(names).toHaveLength(n);
    expect(await client.connectNumOfStoragePools()).toBeGreaterThan(0);
    if (n > 0) {
      const vol = await client.storageVolLookupByName(pool, names[0]!);
      expect((await client.storageVolGetInfo(vol)).capacity).toBeGreaterThanOrEqual(0n);
    }
  });

  it('network: names, bridge, persistence', async () => {
    const names = await client.connectListNetworks(16);
    expect(names).toContain('default');
    const net = await client.networkLookupByName('default');
    expect(await client.networkGetBridgeName(net)).toBe('virbr0');
    expect(await client.networkIsPersistent(net)).toBe(1);
  });

  it('node device: count, capabilities of the host device', async () => {
    const n = await client.nodeNumOfDevices(null, 0);
    expect(n).toBeGreaterThan(0);
    expect(await client.nodeDeviceNumOfCaps('computer')).toBeGreaterThan(0);
    expect(await client.nodeDeviceListCaps('computer', 8)).toContain('system');
  });

  it('interface: count and names, lookup by MAC', async () => {
    const n = await client.connectNumOfInterfaces();
    const names = await client.connectListInterfaces(n);
    expect(names).toHaveLength(n);
    if (n > 0) {
      const iface = await client.interfaceLookupByName(names[0]!);
      expect((await client.interfaceLookupByMACString(iface.mac)).name).toBe(iface.name);
      expect(await client.interfaceIsActive(iface)).toBeGreaterThanOrEqual(0);
    }
  });

  it('secret: the count, or the test driver refusal decoded as VIR_ERR_NO_SUPPORT', async () => {
    // The test driver has no secret driver; the refusal still has to arrive as a whole
    // libvirt error frame, and the connection has to stay usable.
    try {
      const n = await client.connectNumOfSecrets();
      expect(await client.connectListSecrets(n)).toHaveLength(n);
    } catch (err) {
      expect(err).toBeInstanceOf(DriverError);
      expect((err as DriverError).code).toBe(virErrorNumber.VIR_ERR_NO_SUPPORT);
    }
    expect(await client.connectGetHostname()).not.toBe('');
  });

  it('nwfilter: listing answers, or refuses with a decoded libvirt error', async () => {
    try {
      const { filters } = await client.connectListAllNWFilters(0);
      expect(await client.connectNumOfNWFilters()).toBe(filters.length);
    } catch (err) {
      expect(err).toBeInstanceOf(DriverError);
      expect((err as DriverError).code).toBeGreaterThan(0);
    }
  });

  it('migration: begin3 answers with a cookie and XML, or a decoded libvirt refusal', async () => {
    try {
      const begin = await client.domainMigrateBegin3Params(test, [], 0);
      expect(begin.xml).toContain('<domain');
    } catch (err) {
      expect(err).toBeInstanceOf(DriverError);
      expect((err as DriverError).message).toMatch(/support|migrat/i);
    }
  });
});

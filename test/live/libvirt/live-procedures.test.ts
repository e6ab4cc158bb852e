import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect, getTypedParams, uuidToString } from '../../../src/drivers/libvirt';
import type { Domain, LibvirtClient } from '../../../src/drivers/libvirt';
import { DAEMON_SOCKET, daemonAnswers, describeWhen } from '../../fixtures/requirements';

/**
 * The procedure tables against the real daemon's test driver, one family at a time: a
 * wrong field order or a widened char read as a byte shows up here as garbage or a
 * decode error. Objects made here have unique names and are removed again.
 */
const daemon = await daemonAnswers();
const URI = `test+unix:///default?socket=${DAEMON_SOCKET}`;
const unique = `vdk-pt-${process.pid}-${Date.now().toString(36)}`;

describeWhen('procedure tables against the test driver', daemon, () => {
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

  it('host: sysinfo, memory, CPU stats, security model, CPU models', async () => {
    expect(await client.connectGetSysinfo()).toContain('<sysinfo');
    expect(await client.nodeGetFreeMemory()).toBeGreaterThan(0n);
    expect(await client.nodeGetSecurityModel()).toEqual({ model: 'testSecurity', doi: '' });
    const probe = await client.nodeGetCPUStats(-1, 0);
    const stats = await client.nodeGetCPUStats(-1, probe.nparams);
    expect(stats.params.length).toBe(probe.nparams);
    expect((await client.connectGetCPUModelNames('x86_64')).models.length).toBeGreaterThan(0);
    expect(await client.connectGetURI()).toBe('test:///default');
  });

  it('domain details: vCPUs, memory stats, block info, time, filesystems, addresses, hostname', async () => {
    expect(await client.domainGetVcpusFlags(test, 0)).toBeGreaterThan(0);
    const vcpus = await client.domainGetVcpus(test, 2, 1);
    expect(vcpus.info.map((v) => v.number)).toEqual([0, 1]);
    expect(vcpus.info[0]?.cpuTime).toBeGreaterThan(0n);
    expect(await client.connectNumOfDomains()).toBeGreaterThan(0);
    const mem = await client.domainMemoryStats(test, 13);
    expect(mem.every((s) => typeof s.val === 'bigint')).toBe(true);
    const block = await client.domainGetBlockInfo(test, 'vda');
    expect(block.capacity).toBeGreaterThan(2n ** 32n);
    expect((await client.domainGetTime(test)).seconds).toBeGreaterThan(0n);
    const fs = await client.domainGetFSInfo(test);
    expect(fs.info[0]).toMatchObject({ mountpoint: '/', devAliases: ['vda'] });
    const [nic] = await client.domainInterfaceAddresses(test, 0);
    expect(nic).toMatchObject({ name: 'testnet0', hwaddr: 'aa:bb:cc:dd:ee:ff' });
    expect(nic?.addrs[0]).toMatchObject({ type: 0, prefix: 24 });
    expect(await client.domainGetHostname(test)).toBe('testhost');
    expect((await client.domainInterfaceStats(test, 'testnet0')).rxBytes).toBeGreaterThan(0n);
    expect(await client.domainGetNumaParameters(test, 0)).toMatchObject({ params: [] });
    expect(await client.domainGetSecurityLabel(test)).toEqual({
      label: 'libvirt-test',
      enforcing: 1,
    });
  });

  it('metadata: missing is error 80, then set, read and remove', async () => {
    const dom = await client.domainDefineXMLFlags(
      `<domain type='test'><name>${unique}-meta</name><memory>65536</memory><os><type>hvm</type></os></domain>`,
    );
    try {
      await expect(client.domainGetMetadata(dom, 0, null)).rejects.toMatchObject({ code: 80 });
      await client.domainSetMetadata(dom, 0, 'a description', null, null, 2);
      expect(await client.domainGetMetadata(dom, 0, null, 2)).toBe('a description');
      await client.domainSetMetadata(dom, 0, null, null, null, 2);
      await expect(client.domainGetMetadata(dom, 0, null, 2)).rejects.toMatchObject({ code: 80 });
    } finally {
      await client.domainUndefineFlags(dom);
    }
  });

  it('snapshots: create, list, current, XML, revert, delete', async () => {
    const dom = await client.domainDefineXMLFlags(
      `<domain type='test'><name>${unique}-snap</name><memory>65536</memory><os><type>hvm</type></os></domain>`,
    );
    try {
      const snap = await client.domainSnapshotCreateXML(
        dom,
        `<domainsnapshot><name>s1</name></domainsnapshot>`,
      );
      expect(snap).toMatchObject({ name: 's1', dom: { name: `${unique}-snap` } });
      expect((await client.domainListAllSnapshots(dom)).snapshots.map((s) => s.name)).toEqual([
        's1',
      ]);
      expect((await client.domainSnapshotCurrent(dom)).name).toBe('s1');
      expect(await client.domainSnapshotGetXMLDesc(snap)).toContain('<name>s1</name>');
      await client.domainRevertToSnapshot(snap);
      await client.domainSnapshotDelete(snap);
      expect(await client.domainHasCurrentSnapshot(dom)).toBe(0);
    } finally {
      await client.domainUndefineFlags(dom, 2);
    }
  });

  it('storage: pools, pool info and XML, volume create, info, path, delete', async () => {
    const { pools } = await client.connectListAllStoragePools();
    const pool = pools.find((p) => p.name === 'default-pool');
    if (!pool) throw new Error('the test driver has no default-pool');
    expect((await client.storagePoolGetInfo(pool)).capacity).toBeGreaterThan(0n);
    expect(await client.storagePoolGetXMLDesc(pool)).toContain(uuidToString(pool.uuid));
    const vol = await client.storageVolCreateXML(
      pool,
      `<volume><name>${unique}.img</name><capacity>1048576</capacity></volume>`,
    );
    try {
      expect(vol).toMatchObject({ pool: 'default-pool', name: `${unique}.img` });
      expect((await client.storageVolGetInfo(vol)).capacity).toBe(1048576n);
      expect(await client.storageVolGetPath(vol)).toContain(`${unique}.img`);
      const { vols } = await client.storagePoolListAllVolumes(pool);
      expect(vols.map((v) => v.name)).toContain(`${unique}.img`);
    } finally {
      await client.storageVolDelete(vol);
    }
  });

  it('networks, host interfaces and node devices', async () => {
    const { nets } = await client.connectListAllNetworks();
    const net = nets.find((n) => n.name === 'default');
    if (!net) throw new Error('the test driver has no default network');
    expect(await client.networkGetBridgeName(net)).toBe('virbr0');
    expect(await client.networkGetXMLDesc(net)).toContain('<network');
    expect(await client.networkIsActive(net)).toBe(1);
    expect((await client.connectListAllInterfaces()).ifaces[0]).toMatchObject({ name: 'eth1' });
    const { devices } = await client.connectListAllNodeDevices();
    expect(devices.map((d) => d.name)).toContain('computer');
    expect(await client.nodeDeviceGetXMLDesc('computer')).toContain('<name>computer</name>');
    expect(await client.nodeDeviceGetParent('computer')).toBeNull();
  });

  it('typed-parameter getters with the size probe', async () => {
    const memory = await getTypedParams((n) => client.domainGetMemoryParameters(test, n));
    expect(memory.map((p) => p.field)).toContain('hard_limit');
  });
});

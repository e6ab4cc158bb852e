import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { VirErr, VirFrom } from '../../../src/shared/libvirt-errors';
import { recordEvents } from '../../contract/wait';

let driver: Driver;
afterEach(() => driver.close());

const minimal = (name: string, extra = ''): string =>
  `<domain type='kvm'>\n  <name>${name}</name>${extra}\n  <memory unit='MiB'>256</memory>\n  <os><type>hvm</type></os>\n</domain>\n`;

describe('demo host definitions', () => {
  it('defines a domain, generating its UUID and NIC MACs, and formats it as libvirt does', async () => {
    driver = createDemoDriver();
    const nic = `<devices><interface type='network'><source network="default"/></interface></devices>`;
    const record = await driver.defineDomain(minimal('new-vm', nic));
    expect(record).toMatchObject({ name: 'new-vm', state: 'shutoff', id: -1, persistent: true });
    const xml = await driver.getDomainXml(record.uuid);
    expect(xml).toContain(`  <uuid>${record.uuid}</uuid>\n`);
    expect(xml).toMatch(/<mac address='52:54:00:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}'\/>/);
    expect(xml).toContain("<source network='default'/>");
  });

  it('emits defined (added, then updated) and undefined events', async () => {
    driver = createDemoDriver();
    const { events } = recordEvents(driver);
    const record = await driver.defineDomain(minimal('evented'));
    await driver.defineDomain(await driver.getDomainXml(record.uuid));
    await driver.undefineDomain(record.uuid);
    await Promise.resolve();
    expect(events.map((e) => (e.kind === 'lifecycle' ? `${e.event}/${e.detail}` : e.kind))).toEqual(
      ['defined/0', 'defined/1', 'undefined/0'],
    );
  });

  it('rejects malformed XML with the line, a wrong root, a missing name and a taken name', async () => {
    driver = createDemoDriver();
    const broken = driver.defineDomain(
      "<domain type='kvm'>\n  <name>x</name>\n  <memory>1</memory\n</domain>",
    );
    await expect(broken).rejects.toMatchObject({ code: VirErr.XML_DETAIL, domain: VirFrom.DOMAIN });
    await expect(broken).rejects.toThrow(/^\(domain_definition\):\d+: .+\n.*\n *\^$/);
    await expect(driver.defineDomain('<foo/>')).rejects.toMatchObject({
      code: VirErr.XML_ERROR,
      message: "XML error: expecting root element of 'domain', not 'foo'",
    });
    await expect(driver.defineDomain("<domain type='kvm'/>")).rejects.toMatchObject({
      code: VirErr.NO_NAME,
    });
    const debian = await driver.lookupDomainByName('debian-server');
    await expect(driver.defineDomain(minimal('debian-server'))).rejects.toMatchObject({
      code: VirErr.OPERATION_FAILED,
      message: `operation failed: domain 'debian-server' already exists with uuid ${debian.uuid}`,
    });
  });

  it('redefines a running domain for its next boot only', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const { uuid } = await driver.lookupDomainByName('debian-server');
    const inactive = await driver.getDomainXml(uuid, { inactive: true });
    await driver.defineDomain(
      inactive.replace('<title>Debian 12 file server</title>', '<title>Renamed title</title>'),
    );
    expect(await driver.getDomainXml(uuid)).toContain('Debian 12 file server');
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain('Renamed title');
    const vcpusNow = async () =>
      (await driver.getAllDomainStats()).find((s) => s.uuid === uuid)?.vcpus;
    expect(await vcpusNow()).toBe(2);
    await driver.defineDomain(inactive.replace(/<vcpu ([^>]*)>2</, '<vcpu $1>8<'));
    expect(await vcpusNow()).toBe(2);
    await driver.destroy(uuid);
    await driver.start(uuid);
    expect(await driver.getDomainXml(uuid)).toContain('Debian 12 file server');
    expect(await vcpusNow()).toBe(8);
  });

  it('refuses a known UUID under another name', async () => {
    driver = createDemoDriver();
    const { uuid } = await driver.lookupDomainByName('win11');
    await expect(
      driver.defineDomain(minimal('win12', `<uuid>${uuid}</uuid>`)),
    ).rejects.toMatchObject({
      code: VirErr.OPERATION_FAILED,
      message: `operation failed: domain 'win11' is already defined with uuid ${uuid}`,
    });
  });

  it('turns an undefined running domain transient; it disappears when it stops', async () => {
    driver = createDemoDriver();
    const { uuid } = await driver.lookupDomainByName('fedora-workstation');
    await driver.undefineDomain(uuid);
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'running', persistent: false });
    await expect(
      driver.attachDevice(uuid, "<rng model='virtio'/>", { live: false, config: true }),
    ).rejects.toMatchObject({
      code: VirErr.OPERATION_INVALID,
    });
    await driver.destroy(uuid);
    await expect(driver.lookupDomain(uuid)).rejects.toMatchObject({ code: VirErr.NO_DOMAIN });
  });
});

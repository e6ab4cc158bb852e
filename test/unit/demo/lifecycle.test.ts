import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { DriverError } from '../../../src/drivers/driver';
import { VirErr, VirFrom } from '../../../src/shared/libvirt-errors';
import { lifecycle, nextEvent, recordEvents } from '../../contract/wait';

let driver: Driver;
afterEach(() => driver.close());

async function vmNamed(name: string): Promise<string> {
  return (await driver.lookupDomainByName(name)).uuid;
}

describe('demo host lifecycle', () => {
  it('starts with seven seeded VMs in mixed states', async () => {
    driver = createDemoDriver();
    const domains = await driver.listDomains();
    expect(domains.map((d) => d.name)).toEqual([
      'fedora-workstation',
      'debian-server',
      'ubuntu-dev',
      'win11',
      'alpine-router',
      'freebsd-build',
      'legacy-nas',
    ]);
    expect(new Set(domains.map((d) => d.state))).toEqual(new Set(['running', 'paused', 'shutoff']));
    for (const d of domains) expect(d.id > 0).toBe(d.state !== 'shutoff');
  });

  it('fails to start a VM whose disk image is missing, as libvirt does, and leaves it off', async () => {
    driver = createDemoDriver();
    const nas = await driver.lookupDomainByName('legacy-nas');
    await expect(driver.start(nas.uuid)).rejects.toMatchObject({
      message: "Cannot access storage file '/var/lib/libvirt/images/legacy-nas.qcow2': No such file or directory",
      code: VirErr.SYSTEM_ERROR,
    });
    expect((await driver.lookupDomain(nas.uuid)).state).toBe('shutoff');
  });

  it('walks start, suspend, resume and destroy with events and state reasons', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await vmNamed('alpine-router');
    const { events } = recordEvents(driver);

    await driver.start(uuid);
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'running', reason: 1 });
    await driver.suspend(uuid);
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'paused', reason: 1 });
    await driver.resume(uuid);
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'running', reason: 5 });
    const stopped = nextEvent(driver, lifecycle(uuid, 'stopped'));
    await driver.destroy(uuid);
    await stopped;
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'shutoff', reason: 2, id: -1 });
    expect(events.map((e) => (e.kind === 'lifecycle' ? `${e.event}/${e.detail}` : e.kind))).toEqual(
      ['started/0', 'suspended/0', 'resumed/0', 'stopped/1'],
    );
  });

  it('reports invalid transitions in the words of libvirt 9 test driver', async () => {
    driver = createDemoDriver();
    const running = await vmNamed('debian-server');
    const off = await vmNamed('win11');
    const failure = (message: string, code: number, domain: number): unknown =>
      expect.objectContaining({ name: 'DriverError', message, code, domain });

    await expect(driver.start(running)).rejects.toEqual(
      failure(
        "internal error: Domain 'debian-server' is already running",
        VirErr.INTERNAL_ERROR,
        VirFrom.TEST,
      ),
    );
    await expect(driver.resume(running)).rejects.toEqual(
      failure(
        "internal error: domain 'debian-server' not paused",
        VirErr.INTERNAL_ERROR,
        VirFrom.TEST,
      ),
    );
    await expect(driver.suspend(off)).rejects.toEqual(
      failure("internal error: domain 'win11' not running", VirErr.INTERNAL_ERROR, VirFrom.TEST),
    );
    await expect(driver.shutdown(off)).rejects.toEqual(
      failure("internal error: domain 'win11' not running", VirErr.INTERNAL_ERROR, VirFrom.TEST),
    );
    await expect(driver.destroy(off)).rejects.toEqual(
      failure(
        'Requested operation is not valid: domain is not running',
        VirErr.OPERATION_INVALID,
        VirFrom.DOMAIN,
      ),
    );
    await expect(driver.reboot(off)).rejects.toEqual(
      failure(
        'Requested operation is not valid: domain is not running',
        VirErr.OPERATION_INVALID,
        VirFrom.DOMAIN,
      ),
    );
  });

  it('fails lookups of unknown domains with NO_DOMAIN', async () => {
    driver = createDemoDriver();
    const unknown = '11111111-2222-3333-4444-555555555555';
    await expect(driver.lookupDomain(unknown)).rejects.toMatchObject({
      code: VirErr.NO_DOMAIN,
      message: 'Domain not found',
    });
    await expect(driver.lookupDomainByName('nosuch')).rejects.toMatchObject({
      code: VirErr.NO_DOMAIN,
    });
    await expect(driver.start(unknown)).rejects.toMatchObject({
      code: VirErr.NO_DOMAIN,
      message: `Domain not found: no domain with matching uuid '${unknown}'`,
    });
    await expect(driver.start(unknown)).rejects.toBeInstanceOf(DriverError);
  });

  it('shuts down gracefully: running until the guest powers off, then shutdown and stopped', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await vmNamed('fedora-workstation');
    const { events } = recordEvents(driver);
    const stopped = nextEvent(driver, lifecycle(uuid, 'stopped'));
    await driver.shutdown(uuid);
    expect((await driver.lookupDomain(uuid)).state).toBe('running');
    await stopped;
    expect(await driver.lookupDomain(uuid)).toMatchObject({ state: 'shutoff', reason: 1 });
    expect(events.map((e) => (e.kind === 'lifecycle' ? `${e.event}/${e.detail}` : e.kind))).toEqual(
      ['shutdown/1', 'stopped/0'],
    );
  });

  it('a paused guest acts on a shutdown request only once resumed', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await vmNamed('ubuntu-dev');
    await driver.shutdown(uuid);
    expect((await driver.lookupDomain(uuid)).state).toBe('paused');
    const stopped = nextEvent(driver, lifecycle(uuid, 'stopped'));
    await driver.resume(uuid);
    await stopped;
    expect((await driver.lookupDomain(uuid)).state).toBe('shutoff');
  });

  it('reboots: emits reboot and stays running', async () => {
    driver = createDemoDriver({ timeScale: 0.01 });
    const uuid = await vmNamed('debian-server');
    const reboot = nextEvent(driver, (e) => e.kind === 'reboot' && e.uuid === uuid);
    await driver.reboot(uuid);
    await reboot;
    expect((await driver.lookupDomain(uuid)).state).toBe('running');
  });

  it('fails every call after close', async () => {
    driver = createDemoDriver();
    await driver.close();
    await expect(driver.listDomains()).rejects.toMatchObject({ code: VirErr.INTERNAL_ERROR });
  });
});

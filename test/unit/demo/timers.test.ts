import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import { recordEvents } from '../../contract/wait';

/**
 * With fake timers the test decides when time passes, so "never" can be checked: an hour
 * of guest time goes by in a moment. Microtasks (event delivery) stay real.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const LIVE = { live: true, config: false };
const vdb = `<disk type='file' device='disk'><target dev='vdb' bus='virtio'/></disk>`;

describe('demo host timers', () => {
  it('never finishes an unplug in the guest that ignores it, however long one waits', async () => {
    const driver = createDemoDriver();
    const { uuid } = await driver.lookupDomainByName('freebsd-build');
    const { events } = recordEvents(driver);
    await driver.detachDevice(uuid, vdb, LIVE);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(events.filter((e) => e.kind === 'device-removed')).toEqual([]);
    expect(await driver.getDomainXml(uuid)).toContain("dev='vdb'");
    await driver.close();
  });

  it('uses natural delays by default: a shutdown takes about a second and a half', async () => {
    const driver = createDemoDriver();
    const { uuid } = await driver.lookupDomainByName('debian-server');
    await driver.shutdown(uuid);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await driver.lookupDomain(uuid)).state).toBe('running');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await driver.lookupDomain(uuid)).state).toBe('shutoff');
    await driver.close();
  });

  it('stops every timer on close', async () => {
    const driver = createDemoDriver();
    const debian = (await driver.lookupDomainByName('debian-server')).uuid;
    const fedora = (await driver.lookupDomainByName('fedora-workstation')).uuid;
    await driver.shutdown(fedora);
    await driver.detachDevice(debian, vdb, LIVE);
    await driver.reboot(debian);
    expect(vi.getTimerCount()).toBe(3);
    await driver.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

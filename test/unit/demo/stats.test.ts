import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver, DomainStatsRecord } from '../../../src/drivers/driver';

let driver: Driver;
afterEach(() => driver.close());

/** A clock the test moves by hand, so stats change exactly when the test says so. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_700_000_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

async function statsByName(): Promise<Map<string, DomainStatsRecord>> {
  const names = new Map((await driver.listDomains()).map((d) => [d.uuid, d.name]));
  return new Map((await driver.getAllDomainStats()).map((s) => [names.get(s.uuid) ?? s.uuid, s]));
}

describe('demo host stats', () => {
  it('advances running VMs, freezes paused ones and reports zeros for shut-off ones', async () => {
    const clock = fakeClock();
    driver = createDemoDriver({ now: clock.now });
    const before = await statsByName();
    clock.advance(10_000);
    const after = await statsByName();

    const grew = (name: string, key: keyof DomainStatsRecord): boolean =>
      (after.get(name)?.[key] as number) > (before.get(name)?.[key] as number);
    for (const name of ['fedora-workstation', 'debian-server', 'freebsd-build']) {
      for (const key of [
        'cpuTimeNs',
        'blockReadBytes',
        'blockWriteBytes',
        'netRxBytes',
        'netTxBytes',
      ] as const) {
        expect(grew(name, key), `${name} ${key}`).toBe(true);
      }
      const s = after.get(name);
      expect(s?.balloonCurrentKiB).toBeGreaterThan(0);
      expect(s?.memoryUsedKiB).toBeGreaterThan(0);
      expect(s?.memoryUsedKiB).toBeLessThan(s?.balloonCurrentKiB ?? 0);
    }
    expect(after.get('ubuntu-dev')?.cpuTimeNs).toBe(before.get('ubuntu-dev')?.cpuTimeNs);
    expect(after.get('ubuntu-dev')?.state).toBe('paused');
    expect(after.get('win11')).toMatchObject({
      state: 'shutoff',
      cpuTimeNs: 0,
      balloonCurrentKiB: 0,
      netRxBytes: 0,
    });
  });

  it('keeps CPU time within what the vCPUs could have used, at rates that differ between VMs', async () => {
    const clock = fakeClock();
    driver = createDemoDriver({ now: clock.now });
    const before = await statsByName();
    clock.advance(60_000);
    const after = await statsByName();
    const usage = (name: string): number => {
      const used = (after.get(name)?.cpuTimeNs ?? 0) - (before.get(name)?.cpuTimeNs ?? 0);
      return used / (60_000 * 1e6 * (after.get(name)?.vcpus ?? 1));
    };
    const rates = ['fedora-workstation', 'debian-server', 'freebsd-build'].map(usage);
    for (const rate of rates) {
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
    expect(new Set(rates).size).toBe(rates.length);
  });

  it('does not count time spent paused, and starts from zero after a boot', async () => {
    const clock = fakeClock();
    driver = createDemoDriver({ now: clock.now });
    const uuid = (await driver.lookupDomainByName('alpine-router')).uuid;
    await driver.start(uuid);
    expect((await statsByName()).get('alpine-router')?.cpuTimeNs).toBe(0);
    clock.advance(5_000);
    await driver.suspend(uuid);
    const atPause = (await statsByName()).get('alpine-router')?.cpuTimeNs ?? 0;
    expect(atPause).toBeGreaterThan(0);
    clock.advance(60_000);
    await driver.resume(uuid);
    expect((await statsByName()).get('alpine-router')?.cpuTimeNs).toBe(atPause);
    clock.advance(1_000);
    expect((await statsByName()).get('alpine-router')?.cpuTimeNs).toBeGreaterThan(atPause);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver, demoOptionsFromEnv } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';

let driver: Driver;
afterEach(() => driver.close());

describe('demo host extra VMs', () => {
  it('adds a thousand generated VMs in mixed states next to the seeded ones', async () => {
    driver = createDemoDriver({ extraVms: 1000 });
    const domains = await driver.listDomains();
    expect(domains).toHaveLength(1007);
    const generated = domains.filter((d) => d.name.startsWith('scale-'));
    expect(generated[0]?.name).toBe('scale-0001');
    expect(generated.at(-1)?.name).toBe('scale-1000');
    const states = new Set(generated.map((d) => d.state));
    expect(states).toEqual(new Set(['running', 'paused', 'shutoff']));
    expect(new Set(domains.map((d) => d.uuid)).size).toBe(1007);
    expect(await driver.getAllDomainStats()).toHaveLength(1007);
  });

  it('gives a generated VM a complete definition', async () => {
    driver = createDemoDriver({ extraVms: 3 });
    const { uuid } = await driver.lookupDomainByName('scale-0001');
    const xml = await driver.getDomainXml(uuid);
    expect(xml).toContain('<name>scale-0001</name>');
    expect(xml).toContain("<alias name='net0'/>");
  });

  it('reads its options from the environment', () => {
    expect(demoOptionsFromEnv({ VIRTDECK_DEMO_VMS: '250' })).toEqual({ extraVms: 250 });
    expect(
      demoOptionsFromEnv({ VIRTDECK_DEMO_VMS: 'many', VIRTDECK_DEMO_TIME_SCALE: '0.1' }),
    ).toEqual({ timeScale: 0.1 });
    expect(demoOptionsFromEnv({})).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { findDevice } from '../../../src/domain/devices/find';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import type { DeviceMatch } from '../../../src/shared/devices';
import { deviceServiceOn } from './device-service-fixture';

/** Cancelling a pending removal that also took the device from the saved definition. */
describe('cancel of a pending removal from both definitions', () => {
  const vdb: DeviceMatch = { kind: 'disk', target: 'vdb' };

  it('puts the exact element back into the saved definition, and the toast promises nothing missing', async () => {
    // freebsd-build's guest ignores unplug requests: the live removal stays pending.
    const { driver, service, uuidOf } = deviceServiceOn(undefined, { confirmTimeoutMs: 50 });
    const uuid = await uuidOf('freebsd-build');
    const saved = async () => DomainXml.parse(await driver.getDomainXml(uuid, { inactive: true }));
    const before = serializeElement(findDevice(await saved(), vdb).element);

    const outcome = await service.detach(uuid, vdb, { live: true, config: true });
    expect(outcome.status).toBe('pending');
    expect(outcome.message).toMatch(/already gone from the saved definition/);
    expect(outcome.message).toMatch(/cancel to put it back in the saved definition/);
    expect(outcome.message).not.toMatch(/remove it at the next boot/);
    expect((await service.list(uuid)).find((d) => d.title === 'disk vdb')).toMatchObject({
      pending: 'removal',
      inLive: true,
      inConfig: false,
    });

    await service.cancelPending(uuid, vdb);
    const row = (await service.list(uuid)).find((d) => d.title === 'disk vdb');
    expect(row).toMatchObject({ inLive: true, inConfig: true });
    expect(row?.pending).toBeUndefined();
    expect(serializeElement(findDevice(await saved(), vdb).element)).toBe(before);
  });

  it('leaves the saved definition alone when the removal was for the running VM only', async () => {
    const { driver, service, uuidOf } = deviceServiceOn(undefined, { confirmTimeoutMs: 50 });
    const uuid = await uuidOf('freebsd-build');
    const outcome = await service.detach(uuid, vdb, { live: true, config: false });
    expect(outcome.message).toMatch(/Retry, cancel, or remove it at the next boot/);
    const xml = await driver.getDomainXml(uuid, { inactive: true });
    await service.cancelPending(uuid, vdb);
    expect(await driver.getDomainXml(uuid, { inactive: true })).toBe(xml);
  });
});

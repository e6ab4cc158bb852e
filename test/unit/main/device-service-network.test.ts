import { describe, expect, it, vi } from 'vitest';
import { DeviceSpec } from '../../../src/shared/devices';
import { deviceServiceOn, refusal } from './device-service-fixture';

/** A network card on an inactive virtual network: refused in prep, saying which, until started. */
describe('a network card on an inactive network', () => {
  const nic = DeviceSpec.parse({
    kind: 'interface',
    source: { type: 'network', network: 'isolated' },
  });

  it('is refused for the running VM before anything is sent, naming the network', async () => {
    const { driver, service, uuidOf } = deviceServiceOn();
    const uuid = await uuidOf('debian-server');
    const sent = vi.spyOn(driver, 'attachDevice');
    const error = await refusal(service.attach(uuid, nic));
    expect(error.code).toBe('operation-invalid');
    expect(error.message).toMatch(/^The virtual network "isolated" is not active/);
    expect(error.message).not.toMatch(/not in a state/);
    expect(error.issues).toEqual([{ path: 'source.network', message: error.message }]);
    expect(sent).not.toHaveBeenCalled();
  });

  it('goes in once the network is started, and into a saved definition at any time', async () => {
    const { driver, service, uuidOf } = deviceServiceOn();
    const uuid = await uuidOf('debian-server');
    const saved = await service.attach(uuid, nic, { live: false, config: true });
    expect(saved.scope).toEqual({ live: false, config: true });
    await driver.startNetwork('isolated');
    expect((await driver.listHostResources()).networks).toContainEqual({
      name: 'isolated',
      active: true,
    });
    const live = await service.attach(uuid, nic, { live: true, config: false });
    expect(live.status).toBe('attached');
    await expect(driver.startNetwork('isolated')).rejects.toThrow(/already active/);
  });
});

import { describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import { recheckRemovals } from '../../../src/main/services/device-recheck';
import { UnfinishedRemovals } from '../../../src/main/services/device-pending';
import type { DeviceMatch } from '../../../src/shared/devices';

const pending = (match: DeviceMatch, title: string) =>
  ({ match, alias: undefined, title, state: 'pending' }) as const;

describe('unfinished removals after a reconnect', () => {
  it('follows the live definitions, not the state from before the loss', async () => {
    const driver = createDemoDriver();
    const running = (await driver.listDomains()).find((vm) => vm.state === 'running')!;
    const stopped = (await driver.listDomains()).find((vm) => vm.state === 'shutoff')!;
    const removals = new UnfinishedRemovals();
    const present: DeviceMatch = { kind: 'disk', target: 'vda' };
    removals.set(running.uuid, pending(present, 'Disk vda'));
    // Its DEVICE_REMOVED came while the connection was down.
    removals.set(running.uuid, pending({ kind: 'disk', target: 'vdq' }, 'Disk vdq'));
    // The VM stopped while away: nothing left to wait for.
    removals.set(stopped.uuid, pending(present, 'Disk vda'));
    // The VM was deleted while away.
    removals.set('00000000-0000-4000-8000-000000000000', pending(present, 'Disk vda'));

    const changed = await recheckRemovals(driver, removals);

    expect(changed.sort()).toEqual(
      [running.uuid, stopped.uuid, '00000000-0000-4000-8000-000000000000'].sort(),
    );
    expect(removals.of(running.uuid)).toEqual([pending(present, 'Disk vda')]);
    expect(removals.domains()).toEqual([running.uuid]);
    await driver.close();
  });
});

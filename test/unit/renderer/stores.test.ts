// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { VmStats, VmSummary } from '../../../src/shared/dto';
import { syncStoresWithEvents } from '../../../src/renderer/app/event-sync';
import { loadHostVms } from '../../../src/renderer/app/loaders';
import { appendToRing, emptyRing, ringToArray } from '../../../src/renderer/stores/ring-buffer';
import { CPU_HISTORY_LENGTH, useStatsStore } from '../../../src/renderer/stores/stats-store';
import { useHostsStore } from '../../../src/renderer/stores/hosts-store';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { useVmsStore, visibleVmUuids } from '../../../src/renderer/stores/vms-store';
import { initPerfHooks } from '../../../src/renderer/perf/perf-hooks';
import { FakeHost, LOCAL_HOST, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

function sample(uuid: string, cpuPercent: number): VmStats {
  return {
    uuid,
    cpuPercent,
    memoryUsedKiB: 1024,
    diskReadBps: 0,
    diskWriteBps: 0,
    netRxBps: 0,
    netTxBps: 0,
  };
}

beforeEach(resetStores);

describe('ring buffer', () => {
  it('keeps values oldest first until full', () => {
    const ring = emptyRing(3);
    appendToRing(ring, 1);
    appendToRing(ring, 2);
    expect(ringToArray(ring)).toEqual([1, 2]);
  });

  it('drops the oldest value once full', () => {
    const ring = emptyRing(3);
    for (const value of [1, 2, 3, 4, 5]) appendToRing(ring, value);
    expect(ringToArray(ring)).toEqual([3, 4, 5]);
  });
});

describe('stats store', () => {
  it('keeps the last minute of CPU samples per VM', () => {
    const { applySamples } = useStatsStore.getState();
    for (let tick = 0; tick < CPU_HISTORY_LENGTH + 5; tick++) applySamples([sample('a', tick)]);
    const history = ringToArray(useStatsStore.getState().byUuid['a']!.cpuHistory);
    expect(history).toHaveLength(CPU_HISTORY_LENGTH);
    expect(history[0]).toBe(5);
    expect(history.at(-1)).toBe(CPU_HISTORY_LENGTH + 4);
  });

  it('replaces only the entries a tick touches', () => {
    const { applySamples } = useStatsStore.getState();
    applySamples([sample('a', 1), sample('b', 2)]);
    const before = useStatsStore.getState().byUuid;
    applySamples([sample('a', 3)]);
    const after = useStatsStore.getState().byUuid;
    expect(after['a']).not.toBe(before['a']);
    expect(after['b']).toBe(before['b']);
    expect(after['a']!.latest.cpuPercent).toBe(3);
  });
});

describe('vms store', () => {
  it('lists one host’s VMs filtered by name, in natural order', () => {
    const vms = [
      makeVm(10),
      makeVm(2),
      makeVm(1, { hostId: 'other' }),
      makeVm(3, { name: 'fedora' }),
    ];
    useVmsStore.getState().replaceHostVms('local', vms);
    const names = (uuids: string[]) => uuids.map((u) => useVmsStore.getState().byUuid[u]!.name);
    const { byUuid } = useVmsStore.getState();
    expect(names(visibleVmUuids(byUuid, 'local', ''))).toEqual(['fedora', 'vm-0002', 'vm-0010']);
    expect(names(visibleVmUuids(byUuid, 'local', 'VM-'))).toEqual(['vm-0002', 'vm-0010']);
  });

  it('sorts by CPU usage in whole percents, VMs without a figure below 0 %, ties by name', () => {
    const vms = [makeVm(1), makeVm(2), makeVm(3), makeVm(4)];
    useVmsStore.getState().replaceHostVms('local', vms);
    const { byUuid } = useVmsStore.getState();
    const cpu = { [vms[0]!.uuid]: 12.2, [vms[1]!.uuid]: 40, [vms[2]!.uuid]: 11.8 };
    const names = (uuids: string[]) => uuids.map((u) => byUuid[u]!.name);
    const sorted = (direction: 'asc' | 'desc') =>
      names(visibleVmUuids(byUuid, 'local', '', { column: 'cpu', direction }, cpu));
    expect(sorted('desc')).toEqual(['vm-0002', 'vm-0001', 'vm-0003', 'vm-0004']);
    expect(sorted('asc')).toEqual(['vm-0004', 'vm-0001', 'vm-0003', 'vm-0002']);
  });
});

describe('events applied to the stores', () => {
  it('adds and updates VMs on vm.changed and removes them on vm.removed', () => {
    const host = new FakeHost();
    syncStoresWithEvents(host.client());
    const vm = makeVm(1);
    host.emit('vm.changed', { vm });
    expect(useVmsStore.getState().byUuid[vm.uuid]?.state).toBe('running');

    host.emit('vm.changed', { vm: { ...vm, state: 'paused' } });
    expect(useVmsStore.getState().byUuid[vm.uuid]?.state).toBe('paused');

    useUiStore.getState().selectVm(vm.uuid);
    useUiStore.getState().askForceOff(vm.uuid);
    host.emit('vm.removed', { hostId: vm.hostId, uuid: vm.uuid });
    expect(useVmsStore.getState().byUuid[vm.uuid]).toBeUndefined();
    expect(useUiStore.getState().selectedVmUuid).toBeUndefined();
    expect(useUiStore.getState().forceOffUuid).toBeUndefined();
  });

  it('forgets the live figures of a VM that shut off', () => {
    const host = new FakeHost();
    syncStoresWithEvents(host.client());
    const vm = makeVm(1);
    host.emit('vm.stats', { hostId: 'local', at: 1, samples: [sample(vm.uuid, 50)] });
    expect(useStatsStore.getState().byUuid[vm.uuid]).toBeDefined();
    host.emit('vm.changed', { vm: { ...vm, state: 'shutoff' } });
    expect(useStatsStore.getState().byUuid[vm.uuid]).toBeUndefined();
  });

  it('records the main-thread time of every stats event for the benchmark', () => {
    initPerfHooks();
    const host = new FakeHost();
    syncStoresWithEvents(host.client());
    host.emit('vm.stats', { hostId: 'local', at: 1, samples: [sample('a', 1)] });
    host.emit('vm.stats', { hostId: 'local', at: 2, samples: [sample('a', 2)] });
    expect(window.__virtdeckStatsUpdateMs).toHaveLength(2);
  });

  it('marks a host’s list stale when the host drops, so it is fetched again on return', () => {
    const host = new FakeHost();
    syncStoresWithEvents(host.client());
    useVmsStore.getState().replaceHostVms('local', [makeVm(1)]);
    host.emit('host.changed', { host: { ...LOCAL_HOST, status: 'disconnected' } });
    expect(useVmsStore.getState().loadByHost['local']).toBeUndefined();
    expect(Object.keys(useVmsStore.getState().byUuid)).toHaveLength(1);
  });
});

describe('host removal', () => {
  it('drops the host and its VMs and moves the selection to another host', () => {
    const host = new FakeHost();
    syncStoresWithEvents(host.client());
    useHostsStore.getState().setHosts([LOCAL_HOST, { ...LOCAL_HOST, id: 'lab', name: 'lab' }]);
    useVmsStore.getState().replaceHostVms('local', [makeVm(1)]);
    useUiStore.getState().selectHost('local');
    host.emit('host.removed', { hostId: 'local' });
    expect(useHostsStore.getState().hosts.map((h) => h.id)).toEqual(['lab']);
    expect(useVmsStore.getState().byUuid).toEqual({});
    expect(useUiStore.getState().selectedHostId).toBe('lab');
  });
});

describe('loading a host’s VMs', () => {
  it('keeps changes that arrive while the list is in flight', async () => {
    const stale = [makeVm(1, { state: 'shutoff' }), makeVm(2)];
    let answer: (vms: VmSummary[]) => void = () => undefined;
    const host = new FakeHost().handle(
      'vms.list',
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    const client = host.client();
    syncStoresWithEvents(client);

    const loading = loadHostVms(client, 'local');
    host.emit('vm.changed', { vm: { ...stale[0]!, state: 'running' } });
    host.emit('vm.removed', { hostId: 'local', uuid: stale[1]!.uuid });
    answer(stale);
    await loading;

    const { byUuid } = useVmsStore.getState();
    expect(byUuid[stale[0]!.uuid]?.state).toBe('running');
    expect(byUuid[stale[1]!.uuid]).toBeUndefined();
  });
});

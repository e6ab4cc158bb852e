import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver, DriverEvent } from '../../../src/drivers/driver';
import { SshAuthError } from '../../../src/drivers/libvirt';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { DeviceServices } from '../../../src/main/services/device-services';
import { HostRegistry, type HostDefinition } from '../../../src/main/services/host-registry';
import { HostsService } from '../../../src/main/services/hosts-service';
import type { HostSummary } from '../../../src/shared/dto';

const HOST: HostDefinition = { id: 'h', name: 'Lab', uri: 'test+unix:///default', kind: 'libvirt' };
const FAST = { firstDelayMs: 20, maxDelayMs: 80, jitter: 0 };

/** A demo driver whose connection the test can cut, as a daemon restart would. */
function cuttable(driver: Driver = createDemoDriver()) {
  const listeners = new Set<(event: DriverEvent) => void>();
  const wrapped = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'onEvent') {
        return (listener: (event: DriverEvent) => void) => {
          listeners.add(listener);
          const off = target.onEvent(listener);
          return () => {
            listeners.delete(listener);
            off();
          };
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  const cut = async (message: string): Promise<void> => {
    await driver.close();
    for (const listener of [...listeners]) listener({ kind: 'closed', reason: 'eof', message });
  };
  return { driver: wrapped, cut };
}

/** A driver factory that answers each connection attempt from a script. */
function scripted(answers: (() => Promise<Driver>)[]) {
  const calls: HostDefinition[] = [];
  const open = (host: HostDefinition): Promise<Driver> => {
    calls.push(host);
    const next = answers.shift();
    return next ? next() : Promise.reject(new Error('connect ECONNREFUSED'));
  };
  return { open, calls };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const registries: HostRegistry[] = [];
afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll();
});

function setup(answers: (() => Promise<Driver>)[], statsIntervalMs = 0) {
  const events = new EventHub();
  const seen: { event: string; payload: unknown }[] = [];
  events.subscribe((event, payload) => seen.push({ event, payload }));
  const factory = scripted(answers);
  const registry = new HostRegistry(factory.open, events, statsIntervalMs, { backoff: FAST });
  registries.push(registry);
  const status = (): HostSummary => registry.list()[0]!;
  const hostStates = (): HostSummary[] =>
    seen
      .filter((e) => e.event === 'host.changed')
      .map((e) => (e.payload as { host: HostSummary }).host);
  return { registry, events, seen, factory, status, hostStates };
}

describe('automatic reconnect', () => {
  it('retries a lost host with backoff and pushes what changed while it was away', async () => {
    const first = cuttable();
    const second = createDemoDriver();
    const { registry, seen, factory, status, hostStates } = setup([
      () => Promise.resolve(first.driver),
      () => Promise.reject(new Error('connect ECONNREFUSED')),
      () => Promise.resolve(second),
    ]);
    await registry.add(HOST);
    const before = await registry.session('h').listVms();
    // While away, one VM went and another came.
    const gone = before.find((vm) => vm.state === 'shutoff')!;
    await second.undefineDomain((await second.lookupDomainByName(gone.name)).uuid);
    await second.defineDomain(
      "<domain type='kvm'><name>newcomer</name><memory>65536</memory><os><type>hvm</type></os></domain>",
    );

    await first.cut('the daemon closed the connection');
    expect(status()).toMatchObject({
      status: 'reconnecting',
      error: 'Lost the connection to Lab: the daemon closed the connection',
      retry: { attempt: 1 },
    });
    expect(status().retry?.nextAt).toBeGreaterThan(Date.now() - 1);
    expect(() => registry.session('h')).toThrow(/Lost the connection to Lab/);

    await until(() => status().status === 'connected', 'the host to come back');
    expect(factory.calls).toHaveLength(3);
    expect(hostStates().map((h) => [h.status, h.retry?.attempt])).toContainEqual([
      'reconnecting',
      2,
    ]);
    expect(status().error).toBeUndefined();
    expect(status().retry).toBeUndefined();

    await until(() => seen.some((e) => e.event === 'vm.removed'), 'the vanished VM to be reported');
    expect(seen).toContainEqual({ event: 'vm.removed', payload: { hostId: 'h', uuid: gone.uuid } });
    await until(
      () =>
        seen.some(
          (e) => e.event === 'vm.changed' && JSON.stringify(e.payload).includes('newcomer'),
        ),
      'the new VM to be reported',
    );
    const names = (await registry.session('h').listVms()).map((vm) => vm.name);
    expect(names).toContain('newcomer');
    expect(names).not.toContain(gone.name);
  });

  it('stops at a refused login, and the user reconnects with a password', async () => {
    const first = cuttable();
    const refused = () =>
      Promise.reject(new SshAuthError('root', 'lab', ['agent'], ['publickey', 'password']));
    const { registry, factory, status } = setup([
      () => Promise.resolve(first.driver),
      refused,
      refused,
      () => Promise.resolve(createDemoDriver()),
    ]);
    const service = new HostsService(registry, undefined, {});
    await registry.add(HOST);
    await first.cut('keepalive timeout');
    await until(() => status().status === 'error', 'the retries to stop');
    expect(status().error).toMatch(/^Lab needs you to reconnect: SSH authentication as root/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(factory.calls).toHaveLength(2);

    expect(await service.reconnect('h')).toMatchObject({
      ask: 'password',
      user: 'root',
      host: 'lab',
    });
    expect(await service.reconnect('h', { password: 'sesame' })).toMatchObject({
      status: 'connected',
    });
    expect(factory.calls.at(-1)?.ssh).toEqual({ password: 'sesame' });
  });

  it('"retry now" connects at once, and removing the host ends the retries', async () => {
    const first = cuttable();
    const { registry, factory, status } = setup([() => Promise.resolve(first.driver)]);
    await registry.add(HOST);
    await first.cut('network is unreachable');
    const summary = await registry.reconnect('h');
    expect(summary).toMatchObject({
      status: 'reconnecting',
      error: expect.stringMatching(/ECONNREFUSED/) as string,
    });
    expect(factory.calls).toHaveLength(2);
    expect(status().retry?.attempt).toBe(2);

    await registry.remove('h');
    const calls = factory.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(factory.calls).toHaveLength(calls);
  });

  it('does not retry a host the user closed', async () => {
    const { registry, factory } = setup([() => Promise.resolve(createDemoDriver())]);
    await registry.add(HOST);
    await registry.remove('h');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(factory.calls).toHaveLength(1);
  });

  it('stops sampling stats while away and starts again once back', async () => {
    const first = cuttable();
    const { registry, seen, status } = setup(
      [() => Promise.resolve(first.driver), () => Promise.resolve(createDemoDriver())],
      10,
    );
    const stats = (): number => seen.filter((e) => e.event === 'vm.stats').length;
    await registry.add(HOST);
    await until(() => stats() > 0, 'stats from the first connection');
    await first.cut('connection reset by peer');
    const whileAway = stats();
    expect(status().status).toBe('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect(stats()).toBe(whileAway);
    await until(() => status().status === 'connected', 'the host to come back');
    await until(() => stats() > whileAway, 'stats from the new connection');
  });

  it('carries pending removals over and checks them against the live definition', async () => {
    const vdb = { kind: 'disk', target: 'vdb' } as const;
    const [first, second] = [cuttable(), cuttable()];
    const third = createDemoDriver();
    const { registry, events, seen, status } = setup([
      () => Promise.resolve(first.driver),
      () => Promise.resolve(second.driver),
      () => Promise.resolve(third),
    ]);
    const devices = new DeviceServices(registry, events, 30);
    await registry.add(HOST);
    // This guest never lets go of a device: the removal stays pending.
    const uuid = (await registry.session('h').driver.lookupDomainByName('freebsd-build')).uuid;
    expect(
      (await devices.forHost('h').detach(uuid, vdb, { live: true, config: false })).status,
    ).toBe('pending');
    const pendingRow = async () =>
      (await devices.forHost('h').list(uuid)).find((d) => d.title === 'disk vdb')?.pending;

    await first.cut('the daemon restarted');
    await until(() => status().status === 'connected', 'the first reconnect');
    // Still there on the host: still pending, on the new connection.
    expect(await pendingRow()).toBe('removal');

    // The VM stopped while the host was away: nothing left to wait for.
    await third.destroy(uuid);
    const changesBefore = seen.filter((e) => e.event === 'device.changed').length;
    await second.cut('the daemon restarted again');
    await until(() => status().status === 'connected', 'the second reconnect');
    await until(
      () => seen.filter((e) => e.event === 'device.changed').length > changesBefore,
      'the device view to be told',
    );
    expect(await pendingRow()).toBeUndefined();
  });
});

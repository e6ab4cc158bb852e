import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver, DemoHostServer } from '../../../src/drivers/demo';
import type { Driver, DriverEvent } from '../../../src/drivers/driver';
import { createAppCore, type AppCore, type AppCoreOptions } from '../../../src/main/app-core';
import { EventHub } from '../../../src/main/ipc/event-hub';
import { DEMO_HOST } from '../../../src/main/services/host-definitions';
import { HostRegistry, type HostDefinition } from '../../../src/main/services/host-registry';
import type { HostSummary } from '../../../src/shared/dto';

/** Renaming, disconnecting, connecting and removing hosts, through the contract. */

const LAB: HostDefinition = { id: 'lab', name: 'Lab', uri: 'test+unix:///lab', kind: 'libvirt' };
const SHED: HostDefinition = {
  id: 'shed',
  name: 'Shed',
  uri: 'test+unix:///shed',
  kind: 'libvirt',
};
const web = { shell: 'web', clientId: 'page' } as const;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-hosts-manage-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Counts connection attempts; every libvirt host is a demo driver here. */
function countingOpener() {
  const opened: string[] = [];
  const open = (host: HostDefinition): Promise<Driver> => {
    opened.push(host.id);
    return Promise.resolve(createDemoDriver());
  };
  return { open, opened };
}

async function openCore(options: AppCoreOptions = {}): Promise<AppCore> {
  const core = createAppCore({ statsIntervalMs: 0, ...options });
  cleanups.push(() => core.close());
  await core.ready;
  return core;
}

async function call(core: AppCore, method: string, payload: unknown): Promise<unknown> {
  const answer = await core.dispatch(method, payload, web);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const savedHosts = (dir: string): unknown =>
  (JSON.parse(readFileSync(join(dir, 'hosts.json'), 'utf8')) as { hosts: unknown }).hosts;

describe('hosts.rename', () => {
  it('renames a host, trimmed, tells the views, and saves the name in hosts.json', async () => {
    const configDir = tempDir();
    const { open } = countingOpener();
    const core = await openCore({ hosts: [LAB], openDriver: open, configDir });
    const changed: unknown[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'host.changed') changed.push(payload);
    });
    const renamed = (await call(core, 'hosts.rename', {
      hostId: 'lab',
      name: '  Rack 3  ',
    })) as HostSummary;
    expect(renamed).toMatchObject({ id: 'lab', name: 'Rack 3', status: 'connected' });
    expect(changed).toContainEqual({
      host: expect.objectContaining({ name: 'Rack 3' }) as unknown,
    });
    expect(savedHosts(configDir)).toEqual([{ id: 'lab', name: 'Rack 3', uri: LAB.uri }]);
    // What the live connection says about itself (a console's end, say) uses it too.
    expect(core.hosts.session('lab').name).toBe('Rack 3');
  });

  it('refuses an empty, an over-long or a taken name, and changes nothing', async () => {
    const { open } = countingOpener();
    const core = await openCore({ hosts: [LAB, SHED], openDriver: open });
    for (const name of ['   ', 'x'.repeat(201)]) {
      const answer = await core.dispatch('hosts.rename', { hostId: 'lab', name }, web);
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    const taken = await core.dispatch('hosts.rename', { hostId: 'lab', name: 'shed' }, web);
    expect(taken).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'Another host is already called Shed; choose another name.',
      },
    });
    expect(core.hosts.list().map((host) => host.name)).toEqual(['Lab', 'Shed']);
    // Its own name in another case is no clash.
    await expect(call(core, 'hosts.rename', { hostId: 'lab', name: 'LAB' })).resolves.toMatchObject(
      { name: 'LAB' },
    );
  });

  it('says why the demo host keeps its name', async () => {
    const core = await openCore({ hosts: [DEMO_HOST] });
    const [demo] = core.hosts.list();
    expect(demo?.renameProblem).toMatch(/built in/);
    const answer = await core.dispatch('hosts.rename', { hostId: 'demo', name: 'Play' }, web);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: demo?.renameProblem },
    });
  });

  it('keeps the name of a host from VIRTDECK_HOSTS across a restart', async () => {
    const configDir = tempDir();
    const env = { VIRTDECK_HOSTS: LAB.uri };
    const { open } = countingOpener();
    const first = await openCore({ env, openDriver: open, configDir });
    await call(first, 'hosts.rename', { hostId: 'test-unix-lab', name: 'Pinned lab' });
    await first.close();
    const second = await openCore({ env, openDriver: open, configDir });
    expect(second.hosts.list().map((host) => host.name)).toEqual(['Pinned lab']);
  });
});

describe('hosts.add of a host already listed', () => {
  it('names the listed host as the sidebar does, not as typed', async () => {
    const configDir = tempDir();
    writeFileSync(
      join(configDir, 'hosts.json'),
      JSON.stringify({
        version: 1,
        hosts: [{ id: 'test-unix-lab', name: 'Rack 3', uri: LAB.uri }],
      }),
    );
    const { open } = countingOpener();
    const core = await openCore({ env: {}, openDriver: open, configDir });
    const answer = await core.dispatch('hosts.add', { uri: LAB.uri, name: 'Another name' }, web);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'operation-invalid', message: 'Rack 3 is already in the list.' },
    });
  });
});

describe('hosts.disconnect and hosts.connect', () => {
  it('leaves a disconnected host listed, without retries, until it is connected again', async () => {
    const { open, opened } = countingOpener();
    const core = await openCore({ hosts: [LAB], openDriver: open });
    const vms = (await call(core, 'vms.list', { hostId: 'lab' })) as unknown[];
    expect(vms.length).toBeGreaterThan(0);

    const off = (await call(core, 'hosts.disconnect', { hostId: 'lab' })) as HostSummary;
    expect(off).toMatchObject({ status: 'disconnected' });
    expect(off.error).toBeUndefined();
    const refused = await core.dispatch('vms.list', { hostId: 'lab' }, web);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'connection',
        message: 'Lab is disconnected; choose Connect in its menu in the sidebar.',
      },
    });
    // Nothing tries again by itself: no new connection in well over the first backoff (1 s).
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(opened).toEqual(['lab']);
    expect(core.hosts.list()[0]?.status).toBe('disconnected');

    const on = (await call(core, 'hosts.connect', { hostId: 'lab' })) as HostSummary;
    expect(on).toMatchObject({ status: 'connected' });
    expect(opened).toEqual(['lab', 'lab']);
    await expect(call(core, 'vms.list', { hostId: 'lab' })).resolves.toHaveLength(vms.length);
  });

  it('leaves a host in error when connecting fails, and does not retry', async () => {
    let fail = false;
    const opened: string[] = [];
    const open = (host: HostDefinition): Promise<Driver> => {
      opened.push(host.id);
      return fail
        ? Promise.reject(new Error('connect ECONNREFUSED'))
        : Promise.resolve(createDemoDriver());
    };
    const core = await openCore({ hosts: [LAB], openDriver: open });
    await call(core, 'hosts.disconnect', { hostId: 'lab' });
    fail = true;
    const answer = (await call(core, 'hosts.connect', { hostId: 'lab' })) as HostSummary;
    expect(answer).toMatchObject({
      status: 'error',
      error: `Could not connect to Lab (${LAB.uri}): connect ECONNREFUSED`,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(opened).toHaveLength(2);
  });

  it('does not count a disconnect as a lost connection', async () => {
    const events = new EventHub();
    const registry = new HostRegistry(() => Promise.resolve(createDemoDriver()), events, 0, {
      backoff: { firstDelayMs: 10, maxDelayMs: 20, jitter: 0 },
    });
    cleanups.push(() => registry.closeAll());
    const states: string[] = [];
    events.subscribe((event, payload) => {
      if (event === 'host.changed') states.push((payload as { host: HostSummary }).host.status);
    });
    await registry.add(LAB);
    await registry.disconnect('lab');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(states).toEqual(['connecting', 'connected', 'disconnected']);
  });

  it('stops the retries of a reconnecting host, and drops an attempt that answers late', async () => {
    const events = new EventHub();
    let release: (driver: Driver) => void = () => undefined;
    const late = createDemoDriver();
    const listeners: ((event: DriverEvent) => void)[] = [];
    const first = createDemoDriver();
    let attempts = 0;
    const registry = new HostRegistry(
      () => {
        attempts += 1;
        if (attempts === 1) {
          // The first connection: one the test can cut, as a daemon restart would.
          const original = first.onEvent.bind(first);
          first.onEvent = (listener) => {
            listeners.push(listener);
            return original(listener);
          };
          return Promise.resolve(first);
        }
        return new Promise<Driver>((resolve) => (release = resolve));
      },
      events,
      0,
      { backoff: { firstDelayMs: 10, maxDelayMs: 20, jitter: 0 } },
    );
    cleanups.push(() => registry.closeAll());
    await registry.add(LAB);
    for (const listener of listeners) listener({ kind: 'closed', reason: 'eof', message: 'gone' });
    const deadline = Date.now() + 2_000;
    while (attempts < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(registry.list()[0]?.status).toBe('reconnecting');

    await registry.disconnect('lab');
    release(late); // the attempt under way answers after the user disconnected
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registry.list()[0]).toMatchObject({ status: 'disconnected' });
    expect(attempts).toBe(2);
    await expect(late.listDomains()).rejects.toThrow(/closed/);
  });
});

describe('hosts.remove', () => {
  it('forgets the host and its saved entry', async () => {
    const configDir = tempDir();
    const { open } = countingOpener();
    const core = await openCore({ hosts: [LAB, SHED], openDriver: open, configDir });
    await call(core, 'hosts.rename', { hostId: 'shed', name: 'Garden shed' });
    await call(core, 'hosts.remove', { hostId: 'lab' });
    expect(core.hosts.list().map((host) => host.id)).toEqual(['shed']);
    expect(savedHosts(configDir)).toEqual([{ id: 'shed', name: 'Garden shed', uri: SHED.uri }]);
  });
});

describe('the demo host across connections', () => {
  it('keeps its VMs while disconnected, as a daemon does, and closes only its own connection', async () => {
    const server = new DemoHostServer();
    cleanups.push(() => server.close());
    const first = server.connect();
    const seen: DriverEvent[] = [];
    first.onEvent((event) => seen.push(event));
    const vm = await first.defineDomain(
      "<domain type='kvm'><name>kept</name><memory>65536</memory><os><type>hvm</type></os></domain>",
    );
    await first.close();
    expect(seen.at(-1)).toMatchObject({ kind: 'closed', reason: 'client' });
    await expect(first.listDomains()).rejects.toThrow(/closed/);

    const second = server.connect();
    expect((await second.listDomains()).map((record) => record.name)).toContain('kept');
    const before = seen.length;
    await second.start(vm.uuid);
    expect(seen).toHaveLength(before); // the closed connection hears nothing more
    expect((await second.lookupDomain(vm.uuid)).state).toBe('running');
  });

  it('is one host for every demo connection of an app core', async () => {
    const core = await openCore({ hosts: [DEMO_HOST] });
    const before = (await call(core, 'vms.list', { hostId: 'demo' })) as {
      uuid: string;
      name: string;
      state: string;
    }[];
    const stopped = before.find((vm) => vm.state === 'shutoff');
    expect(stopped).toBeDefined();
    await call(core, 'vms.lifecycle', { hostId: 'demo', uuid: stopped!.uuid, action: 'start' });
    await call(core, 'hosts.disconnect', { hostId: 'demo' });
    await call(core, 'hosts.connect', { hostId: 'demo' });
    const after = (await call(core, 'vms.list', { hostId: 'demo' })) as {
      uuid: string;
      state: string;
    }[];
    expect(after.find((vm) => vm.uuid === stopped!.uuid)?.state).toBe('running');
  });
});

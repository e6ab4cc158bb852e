import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
} from '../../../src/shared/ipc/contract';
import { unwrap } from '../../../src/shared/ipc/envelope';
import { eventually } from '../../contract/wait';

const DEMO = { id: 'demo', name: 'Demo host', uri: 'demo:///', kind: 'demo' as const };

let core: AppCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function startCore(): Promise<AppCore> {
  core = createAppCore({
    hosts: [DEMO],
    statsIntervalMs: 0,
    env: { VIRTDECK_DEMO_TIME_SCALE: '0.01' },
  });
  await core.ready;
  return core;
}

/** One window: its own client id, the events it receives, and what its consoles printed. */
function windowOf(app: AppCore, clientId: string) {
  const received: { event: EventName; payload: unknown }[] = [];
  const screens = new Map<string, string>();
  const leave = app.events.subscribe((event, payload) => {
    received.push({ event, payload });
    if (event === 'console.output') {
      const { sessionId, data } = payload as EventPayload<'console.output'>;
      screens.set(
        sessionId,
        (screens.get(sessionId) ?? '') + Buffer.from(data, 'base64').toString(),
      );
    }
  }, clientId);
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) =>
    unwrap(await app.dispatch(method, input, { shell: 'test', clientId })) as never;
  const closedEvents = () =>
    received
      .filter((r) => r.event === 'console.closed')
      .map((r) => r.payload as EventPayload<'console.closed'>);
  return {
    leave,
    call,
    screen: (sessionId: string) => screens.get(sessionId) ?? '',
    waitFor: (sessionId: string, text: string) =>
      eventually(
        () => Promise.resolve((screens.get(sessionId) ?? '').includes(text) || undefined),
        `"${text}"`,
      ),
    closedEvents,
    waitClosed: (sessionId: string) =>
      eventually(
        () => Promise.resolve(closedEvents().find((c) => c.sessionId === sessionId)),
        `the end of ${sessionId}`,
      ),
    received,
  };
}

async function uuidOf(app: AppCore, name: string): Promise<string> {
  return (await app.hosts.session('demo').driver.lookupDomainByName(name)).uuid;
}

async function openConsole(win: ReturnType<typeof windowOf>, uuid: string, force = false) {
  const info: { sessionId: string; vmName: string } = await win.call('console.open', {
    hostId: 'demo',
    uuid,
    force,
  });
  return info;
}

describe('ConsoleService on the demo host', () => {
  it('relays the guest’s login prompt and answers typed commands, to the opening window only', async () => {
    const app = await startCore();
    const win = windowOf(app, 'window-a');
    const other = windowOf(app, 'window-b');
    const { sessionId, vmName } = await openConsole(win, await uuidOf(app, 'debian-server'));
    expect(vmName).toBe('debian-server');
    await win.waitFor(sessionId, 'debian-server login: ');
    await win.call('console.write', { sessionId, data: 'root\r' });
    await win.call('console.write', { sessionId, data: 'secret\r' });
    await win.waitFor(sessionId, 'root@debian-server:~#');
    await win.call('console.write', { sessionId, data: 'uname -r\r' });
    await win.waitFor(sessionId, '6.1.0-27-amd64');
    expect(other.received.filter((r) => r.event.startsWith('console.'))).toEqual([]);
    // Another window cannot type into it.
    await expect(other.call('console.write', { sessionId, data: 'x' })).rejects.toThrow(
      /has ended/,
    );
  });

  it('ends the session with "the VM stopped" when the VM is forced off, after its last output', async () => {
    const app = await startCore();
    const win = windowOf(app, 'w');
    const uuid = await uuidOf(app, 'debian-server');
    const { sessionId } = await openConsole(win, uuid);
    await win.waitFor(sessionId, 'login: ');
    await app.dispatch(
      'vms.lifecycle',
      { hostId: 'demo', uuid, action: 'destroy' },
      { shell: 'test' },
    );
    const closed = await win.waitClosed(sessionId);
    expect(closed).toMatchObject({ reason: 'vm-stopped', message: 'the VM stopped' });
    expect(win.screen(sessionId)).toContain('Power down');
    await expect(win.call('console.write', { sessionId, data: 'x' })).rejects.toThrow(
      /Connect again/,
    );
  });

  it('refuses a console another window holds, with what to do, and takes it over when forced', async () => {
    const app = await startCore();
    const first = windowOf(app, 'first');
    const second = windowOf(app, 'second');
    const uuid = await uuidOf(app, 'fedora-workstation');
    const { sessionId: held } = await openConsole(first, uuid);
    await expect(openConsole(second, uuid)).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/open in another Virtdeck window\. Take it over/) as string,
    });
    const { sessionId: taken } = await openConsole(second, uuid, true);
    expect(await first.waitClosed(held)).toMatchObject({ reason: 'taken-over' });
    await second.call('console.write', { sessionId: taken, data: '\r' });
    await second.waitFor(taken, 'login: ');
  });

  it('says when another client (virsh, another app) holds the console', async () => {
    const app = await startCore();
    const win = windowOf(app, 'w');
    const uuid = await uuidOf(app, 'fedora-workstation');
    const outside = await app.hosts.session('demo').driver.openConsole(uuid);
    outside.resume();
    await expect(openConsole(win, uuid)).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/virsh console or virt-manager\)\. Take it over/) as string,
    });
    const { sessionId } = await openConsole(win, uuid, true);
    await new Promise<void>((resolve) => outside.once('end', () => resolve()));
    await win.call('console.close', { sessionId });
  });

  it('frees the console as soon as the session is closed, or its window goes', async () => {
    const app = await startCore();
    const win = windowOf(app, 'w');
    const uuid = await uuidOf(app, 'debian-server');
    const { sessionId } = await openConsole(win, uuid);
    await win.call('console.close', { sessionId });
    expect(await win.waitClosed(sessionId)).toMatchObject({ reason: 'closed' });
    const later = windowOf(app, 'later');
    await openConsole(later, uuid);
    later.leave();
    // The demo driver refuses a second client; this open works only because "later" let go.
    await eventually(async () => {
      const stream = await app.hosts
        .session('demo')
        .driver.openConsole(uuid)
        .catch(() => undefined);
      stream?.destroy();
      return stream ? true : undefined;
    }, 'the console freed');
  });

  it('ends sessions when the host connection goes', async () => {
    const app = await startCore();
    const win = windowOf(app, 'w');
    const { sessionId } = await openConsole(win, await uuidOf(app, 'debian-server'));
    await app.dispatch('hosts.reconnect', { hostId: 'demo' }, { shell: 'test' });
    expect(await win.waitClosed(sessionId)).toMatchObject({
      reason: 'host-disconnected',
      message: 'Demo host was disconnected',
    });
  });

  it('gives clear errors for an unknown VM, a VM that is not running and one without a serial port', async () => {
    const app = await startCore();
    const win = windowOf(app, 'w');
    await expect(openConsole(win, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no VM with UUID .* Pick another VM/) as string,
    });
    await expect(openConsole(win, await uuidOf(app, 'win11'))).rejects.toMatchObject({
      code: 'operation-invalid',
      message:
        '“win11” is not running. Run it first; its serial console exists only while it runs.',
    });
    await expect(
      win.call('console.open', {
        hostId: 'demo',
        uuid: await uuidOf(app, 'debian-server'),
        device: 'serial7',
      }),
    ).rejects.toThrow(/no console or serial device named “serial7”\. Its devices: /);

    const driver = app.hosts.session('demo').driver;
    const source = await driver.getDomainXml(await uuidOf(app, 'alpine-router'), {
      inactive: true,
    });
    const bare = source
      .replace(/<serial[\s\S]*?<\/serial>|<console[\s\S]*?<\/console>/g, '')
      .replace(/<name>[^<]*<\/name>/, '<name>no-serial</name>')
      .replace(/<uuid>[^<]*<\/uuid>/, '');
    const { uuid } = await driver.defineDomain(bare);
    await driver.start(uuid);
    await expect(openConsole(win, uuid)).rejects.toMatchObject({
      code: 'not-found',
      message:
        '“no-serial” has no serial console. Add a Serial or Console device (Add hardware), then restart it.',
    });
  });

  it('stops sending when the window does not acknowledge, drops beyond its queue and says so', async () => {
    const { ConsoleStreamSession } = await import('../../../src/main/services/console-session');
    const { PassThrough } = await import('node:stream');
    const stream = new PassThrough();
    const sent: Buffer[] = [];
    const session = new ConsoleStreamSession(
      's',
      'c',
      stream,
      { output: (bytes) => sent.push(Buffer.from(bytes)), closed: () => undefined },
      { windowBytes: 100, maxQueuedBytes: 250, maxEventBytes: 60 },
      () => Promise.resolve({ reason: 'closed', message: '' }),
    );
    stream.write(Buffer.alloc(200, 'a'));
    stream.write(Buffer.alloc(100, 'b')); // over the queue: dropped
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.map((b) => b.length)).toEqual([60, 40]);
    session.ack(100);
    await new Promise((resolve) => setImmediate(resolve));
    const text = Buffer.concat(sent).toString();
    expect(text).toContain('[100 bytes of output were skipped: the window fell behind]');
    expect(Buffer.concat(sent).subarray(0, 200).toString()).toBe('a'.repeat(200));
    await session.finish('closed', 'bye');
  });

  it('is refused to a caller that receives no events', async () => {
    const app = await startCore();
    const result = await app.dispatch(
      'console.open',
      { hostId: 'demo', uuid: await uuidOf(app, 'debian-server') },
      { shell: 'test' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});

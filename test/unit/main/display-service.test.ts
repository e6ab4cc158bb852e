import { Duplex, PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import type { DisplayPeer } from '../../../src/main/services/display-bridge';
import { DisplayService } from '../../../src/main/services/display-service';
import type { EventPayload } from '../../../src/shared/ipc/contract';
import { eventually } from '../../contract/wait';

const DEMO = { id: 'demo', name: 'Demo host', uri: 'demo:///', kind: 'demo' as const };
const DEBIAN = '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63'; // running, with a VNC display

let core: AppCore | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

/** The demo host, with a VNC server stand-in: what the guest sent and a way to send. */
async function startCore() {
  core = createAppCore({
    hosts: [DEMO],
    statsIntervalMs: 0,
    env: { VIRTDECK_DEMO_TIME_SCALE: '0.01' },
  });
  await core.ready;
  const driver = core.hosts.session('demo').driver;
  const guest = {
    toWindow: new PassThrough(),
    fromWindow: new PassThrough(),
    stream: undefined as Duplex | undefined,
  };
  driver.openGraphics = () => {
    guest.stream = Duplex.from({ readable: guest.toWindow, writable: guest.fromWindow });
    return Promise.resolve(guest.stream);
  };
  const closed: EventPayload<'display.closed'>[] = [];
  core.events.subscribe((event, payload) => {
    if (event === 'display.closed') closed.push(payload as EventPayload<'display.closed'>);
  }, 'window');
  return { app: core, driver, guest, closed };
}

function fakePeer() {
  const peer = { sent: [] as string[], closedWith: undefined as string | undefined, paused: false };
  const api: DisplayPeer = {
    send: (bytes, sent) => {
      peer.sent.push(bytes.toString());
      sent();
    },
    bufferedAmount: () => 0,
    pause: () => (peer.paused = true),
    resume: () => (peer.paused = false),
    close: (message) => (peer.closedWith = message),
  };
  return { peer, api };
}

describe('DisplayService', () => {
  it('says the demo host has no graphical display', async () => {
    const app = createAppCore({ hosts: [DEMO], statsIntervalMs: 0 });
    core = app;
    await app.ready;
    const answer = await app.dispatch(
      'display.open',
      { hostId: 'demo', uuid: DEBIAN },
      { shell: 'test', clientId: 'w' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(!answer.ok && answer.error.message).toContain('The demo host has no graphical display');
  });

  it('copies bytes both ways once the ticket is redeemed, and only once', async () => {
    const { app, guest } = await startCore();
    const session = await app.displays.open('window', 'demo', DEBIAN);
    expect(session).toMatchObject({ vmName: 'debian-server' });
    expect(session.url).toBeUndefined();
    guest.toWindow.write('RFB 003.008\n'); // sent before the window came: kept for it
    const { peer, api } = fakePeer();
    const bridge = app.displays.attach(session.ticket, api);
    expect(bridge).toBeDefined();
    expect(app.displays.attach(session.ticket, fakePeer().api)).toBeUndefined();
    await eventually(
      () => Promise.resolve(peer.sent.join('') === 'RFB 003.008\n' || undefined),
      'the greeting',
    );
    bridge!.receive(Buffer.from('RFB 003.008\n'));
    expect(String(guest.fromWindow.read() as Buffer)).toBe('RFB 003.008\n');
  });

  it('ends the session when the VM stops, and tells the window', async () => {
    const { app, driver, closed, guest } = await startCore();
    const session = await app.displays.open('window', 'demo', DEBIAN);
    const { peer, api } = fakePeer();
    app.displays.attach(session.ticket, api);
    await driver.destroy(DEBIAN);
    await eventually(() => Promise.resolve(closed[0]), 'display.closed');
    expect(closed[0]).toEqual({
      sessionId: session.sessionId,
      reason: 'vm-stopped',
      message: 'the VM stopped',
    });
    expect(peer.closedWith).toBe('the VM stopped');
    expect(guest.stream?.destroyed).toBe(true);
    expect(app.displays.size).toBe(0);
  });

  it("ends the session when the VM's display server hangs up, or the window goes", async () => {
    const { app, closed, guest } = await startCore();
    const first = await app.displays.open('window', 'demo', DEBIAN);
    const one = fakePeer();
    app.displays.attach(first.ticket, one.api);
    guest.toWindow.end();
    await eventually(() => Promise.resolve(closed[0]), 'display.closed');
    expect(closed[0]).toMatchObject({
      reason: 'ended',
      message: "the VM's display server closed the connection",
    });
    expect(one.peer.closedWith).toBe("the VM's display server closed the connection");

    await app.close();
    const again = await startCore();
    const second = await again.app.displays.open('window', 'demo', DEBIAN);
    const bridge = again.app.displays.attach(second.ticket, fakePeer().api)!;
    again.app.displays.peerGone(bridge);
    expect(again.guest.stream?.destroyed).toBe(true);
    expect(again.app.displays.size).toBe(0);
  });

  it('drops a display whose ticket is not redeemed in time', async () => {
    const { app, guest } = await startCore();
    const displays = new DisplayService(app.hosts, app.events, 20);
    const session = await displays.open('window', 'demo', DEBIAN);
    await eventually(() => Promise.resolve(displays.size === 0 || undefined), 'the expiry');
    expect(guest.stream?.destroyed).toBe(true);
    expect(displays.attach(session.ticket, fakePeer().api)).toBeUndefined();
  });

  it('refuses a VM that is not running, with what to do', async () => {
    const { app } = await startCore();
    const windows = 'd2b4f6a8-1c3e-4f5a-8b7c-9d0e1f2a3b4c'; // shut off
    const answer = await app.dispatch(
      'display.open',
      { hostId: 'demo', uuid: windows },
      { shell: 'test', clientId: 'window' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'operation-invalid' } });
    expect(!answer.ok && answer.error.message).toContain('Run it first');
  });
});

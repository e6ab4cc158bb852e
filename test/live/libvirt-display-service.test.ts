import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import type { EventPayload } from '../../src/shared/ipc/contract';
import { unwrap } from '../../src/shared/ipc/envelope';
import { startTestGuest, uniqueGuestName, type TestGuest } from '../fixtures/test-guest';
import { describeWhen, testGuest } from '../fixtures/requirements';
import { RfbReader, rfbHandshake } from '../helpers/rfb-reader';
import { eventually } from '../contract/wait';

/**
 * The DisplayService (what the window's Display tab calls) on a real QEMU guest with a VNC
 * display on qemu:///system: display.open, the browser mode's /display WebSocket with the
 * ticket, an RFB handshake with QEMU's VNC server through it, and the end of the session
 * when the VM stops.
 */
describeWhen('DisplayService with a QEMU test guest', testGuest, () => {
  const HOST = {
    id: 'system',
    name: 'QEMU/KVM (system)',
    uri: 'qemu:///system',
    kind: 'libvirt' as const,
  };
  const TOKEN = 'display-test-token';
  let core: AppCore;
  let web: WebHost;
  let guest: TestGuest;
  const closed: EventPayload<'display.closed'>[] = [];

  beforeAll(async () => {
    core = createAppCore({ hosts: [HOST], statsIntervalMs: 0 });
    await core.ready;
    web = await startWebHost({ core, token: TOKEN, port: 0, rendererDir: '/nonexistent' });
    guest = await startTestGuest(core.hosts.session('system').driver, uniqueGuestName('vd-vnc'), {
      vnc: true,
    });
  }, 120_000);

  afterAll(async () => {
    await guest?.dispose();
    await web?.close();
    await core?.close();
  });

  const open = async (clientId: string) => {
    core.events.subscribe((event, payload) => {
      if (event === 'display.closed') closed.push(payload as EventPayload<'display.closed'>);
    }, clientId);
    return unwrap(
      await core.dispatch(
        'display.open',
        { hostId: 'system', uuid: guest.uuid },
        { shell: 'test', clientId },
      ),
    ) as {
      sessionId: string;
      ticket: string;
      vmName: string;
    };
  };

  // The reader listens from the start: QEMU's greeting may come with the upgrade's answer.
  const connect = (ticket: string) =>
    new Promise<{ ws: WebSocket; reader: RfbReader }>((resolve, reject) => {
      const ws = new WebSocket(
        `ws://127.0.0.1:${web.port}/display?ticket=${ticket}&token=${TOKEN}`,
      );
      const reader = new RfbReader(ws);
      ws.once('open', () => resolve({ ws, reader }));
      ws.once('error', reject);
    });

  it("completes an RFB handshake with the VM's VNC server over the display socket", async () => {
    const session = await open('window-1');
    expect(session.vmName).toBe(guest.name);
    const { ws, reader } = await connect(session.ticket);
    const server = await rfbHandshake(ws, reader);
    expect(server.version).toBe('RFB 003.008\n');
    expect(server.securityTypes).toContain(1);
    expect(server.securityResult).toBe(0);
    expect(server.width).toBeGreaterThan(0);
    expect(server.height).toBeGreaterThan(0);
    expect(server.name).toContain(guest.name); // QEMU says "QEMU (NAME)"
    // A ticket is good once: a second socket with it is refused before the upgrade.
    await expect(connect(session.ticket)).rejects.toThrow(/403/);
    const wsClosed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    unwrap(
      await core.dispatch(
        'display.close',
        { sessionId: session.sessionId },
        { shell: 'test', clientId: 'window-1' },
      ),
    );
    await wsClosed;
    expect(core.displays.size).toBe(0);
  }, 60_000);

  it('ends the session, and says why, when the VM stops', async () => {
    const session = await open('window-2');
    const { ws, reader } = await connect(session.ticket);
    await reader.take(12);
    const wsClosed = new Promise<string>((resolve) =>
      ws.once('close', (_code, reason) => resolve(reason.toString())),
    );
    await core.hosts.session('system').driver.destroy(guest.uuid);
    expect(await wsClosed).toBe('the VM stopped');
    await eventually(
      () => Promise.resolve(closed.find((event) => event.sessionId === session.sessionId)),
      'display.closed',
    );
    expect(closed.find((event) => event.sessionId === session.sessionId)?.reason).toBe(
      'vm-stopped',
    );
    expect(core.displays.size).toBe(0);
    // A stopped VM has no display: the answer says to run it.
    const refusal = await core.dispatch(
      'display.open',
      { hostId: 'system', uuid: guest.uuid },
      { shell: 'test', clientId: 'window-2' },
    );
    expect(refusal).toMatchObject({ ok: false, error: { code: 'operation-invalid' } });
  }, 60_000);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import type { EventPayload } from '../../src/shared/ipc/contract';
import { unwrap, type Envelope } from '../../src/shared/ipc/envelope';
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
    for (const ws of pages) ws.close();
    await guest?.dispose();
    await web?.close();
    await core?.close();
  });

  /**
   * A contract socket, as a page opens it: display tickets belong to the socket that asked
   * for them, and its display.closed events come back over it.
   */
  const pages: WebSocket[] = [];
  const page = async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${web.port}/ws?token=${TOKEN}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    pages.push(ws);
    let id = 0;
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string; event?: string; payload?: unknown };
      if (message.type === 'event' && message.event === 'display.closed') {
        closed.push(message.payload as EventPayload<'display.closed'>);
      }
    });
    const call = (channel: string, payload: unknown) =>
      new Promise<unknown>((resolve) => {
        const own = ++id;
        const onMessage = (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { type: string; id?: number; envelope?: unknown };
          if (message.type !== 'result' || message.id !== own) return;
          ws.off('message', onMessage);
          resolve(message.envelope);
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ type: 'invoke', id: own, channel, payload }));
      });
    return { call };
  };

  const open = async () => {
    const { call } = await page();
    type Session = { sessionId: string; ticket: string; vmName: string; url: string };
    const answer = (await call('display.open', { hostId: 'system', uuid: guest.uuid })) as Envelope<Session>;
    const session = unwrap(answer);
    return { ...session, call };
  };

  // The reader listens from the start: QEMU's greeting may come with the upgrade's answer.
  const connect = (session: { url: string; ticket: string }) =>
    new Promise<{ ws: WebSocket; reader: RfbReader }>((resolve, reject) => {
      const ws = new WebSocket(`${session.url}?ticket=${session.ticket}&token=${TOKEN}`);
      const reader = new RfbReader(ws);
      ws.once('open', () => resolve({ ws, reader }));
      ws.once('error', reject);
    });

  it("completes an RFB handshake with the VM's VNC server over the display socket", async () => {
    const session = await open();
    expect(session.vmName).toBe(guest.name);
    const { ws, reader } = await connect(session);
    const server = await rfbHandshake(ws, reader);
    expect(server.version).toBe('RFB 003.008\n');
    expect(server.securityTypes).toContain(1);
    expect(server.securityResult).toBe(0);
    expect(server.width).toBeGreaterThan(0);
    expect(server.height).toBeGreaterThan(0);
    expect(server.name).toContain(guest.name); // QEMU says "QEMU (NAME)"
    // A ticket is good once: a second socket with it is refused before the upgrade.
    await expect(connect(session)).rejects.toThrow(/403/);
    const wsClosed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    unwrap((await session.call('display.close', { sessionId: session.sessionId })) as never);
    await wsClosed;
    expect(core.displays.size).toBe(0);
  }, 60_000);

  it('ends the session, and says why, when the VM stops', async () => {
    const session = await open();
    const { ws, reader } = await connect(session);
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
    const refusal = await session.call('display.open', { hostId: 'system', uuid: guest.uuid });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'operation-invalid' } });
  }, 60_000);
});

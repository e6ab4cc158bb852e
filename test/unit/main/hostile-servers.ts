import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex, PassThrough, Writable } from 'node:stream';
import { WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import {
  startLoopbackDisplayServer,
  type LoopbackDisplayServer,
} from '../../../src/main/display/loopback-display-server';
import { startWebHost, type WebHost } from '../../../src/main/web/server';
import type { DisplaySessionInfo } from '../../../src/shared/display';
import type { Envelope } from '../../../src/shared/ipc/envelope';
import type { ServerMessage } from '../../../src/shared/ipc/wire';
import { exchange, httpRequest, statusOf } from './raw-wire';

export const TOKEN = 'hostile-input-token';
export const DEMO_VM = '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63';
const DEMO = { id: 'demo', name: 'Demo host', uri: 'demo:///', kind: 'demo' as const };

export interface Servers {
  core: AppCore;
  web: WebHost;
  loopback: LoopbackDisplayServer;
  close(): Promise<void>;
}

/**
 * The browser mode's server and the desktop's loopback display endpoint, in this process,
 * on the demo host (with a stand-in VNC server that greets like QEMU) and a tiny renderer.
 */
export async function startServers(): Promise<Servers> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'virtdeck-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Virtdeck</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'export {};');
  const core = createAppCore({ hosts: [DEMO], statsIntervalMs: 0 });
  await core.ready;
  core.hosts.session('demo').driver.openGraphics = () => {
    const toWindow = new PassThrough();
    toWindow.write('RFB 003.008\n');
    // It reads (and drops) whatever the window sends, as a VNC server keeps reading.
    const fromWindow = new Writable({ write: (_chunk, _encoding, done) => done() });
    return Promise.resolve(Duplex.from({ readable: toWindow, writable: fromWindow }));
  };
  const web = await startWebHost({ core, token: TOKEN, port: 0, rendererDir });
  const loopback = await startLoopbackDisplayServer(core.displays, 'virtdeck://app');
  return {
    core,
    web,
    loopback,
    close: async () => {
      await web.close();
      await loopback.close();
      await core.close();
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

/** The port of the loopback endpoint, from its URL. */
export function loopbackPort(servers: Servers): number {
  return Number(new URL(servers.loopback.url).port);
}

/** Whether the browser mode still serves its page to a good request. */
export async function stillServes(port: number): Promise<boolean> {
  const answer = await exchange(
    port,
    httpRequest(`/?token=${TOKEN}`, { Host: `127.0.0.1:${port}` }),
  );
  return statusOf(answer.data) === 200;
}

/** A well-behaved contract client: the browser mode's /ws socket with the token. */
export async function contractClient(
  port: number,
  host = `127.0.0.1:${port}`,
): Promise<{
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>;
  close(): void;
}> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${TOKEN}`, { headers: { Host: host } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  return {
    invoke: (channel, payload) => {
      const id = nextId++;
      return new Promise((resolve) => {
        const onMessage = (data: Buffer): void => {
          const message = JSON.parse(data.toString()) as ServerMessage;
          if (message.type === 'result' && message.id === id) {
            ws.off('message', onMessage);
            resolve(message.envelope);
          }
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
      });
    },
    close: () => ws.close(),
  };
}

/** display.open on the demo VM through a contract client; throws on an error envelope. */
export async function openDisplay(
  client: Awaited<ReturnType<typeof contractClient>>,
): Promise<DisplaySessionInfo> {
  const envelope = await client.invoke('display.open', { hostId: 'demo', uuid: DEMO_VM });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as DisplaySessionInfo;
}

/** The WebSocket URL of a session, built as the renderer builds it (without the token). */
export function displayUrl(
  port: number,
  session: Pick<DisplaySessionInfo, 'ticket' | 'url'>,
): string {
  const base = session.url ?? `ws://127.0.0.1:${port}/display`;
  return `${base}?ticket=${encodeURIComponent(session.ticket)}`;
}

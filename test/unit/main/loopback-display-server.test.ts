import { Duplex, PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import {
  startLoopbackDisplayServer,
  type LoopbackDisplayServer,
} from '../../../src/main/display/loopback-display-server';

const DEMO = { id: 'demo', name: 'Demo host', uri: 'demo:///', kind: 'demo' as const };
const DEBIAN = '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63';

let core: AppCore | undefined;
let server: LoopbackDisplayServer | undefined;
afterEach(async () => {
  await server?.close();
  await core?.close();
});

/** The demo host with a stand-in VNC server that greets like QEMU. */
async function start() {
  core = createAppCore({ hosts: [DEMO], statsIntervalMs: 0 });
  await core.ready;
  core.hosts.session('demo').driver.openGraphics = () => {
    const toWindow = new PassThrough();
    toWindow.write('RFB 003.008\n');
    return Promise.resolve(Duplex.from({ readable: toWindow, writable: new PassThrough() }));
  };
  server = await startLoopbackDisplayServer(core.displays, 'virtdeck://app');
  core.displays.endpoint = server.url;
  return core;
}

function connect(url: string, origin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('message', (data: Buffer) => {
      resolve(data.toString());
      ws.close();
    });
    ws.once('error', reject);
  });
}

describe('the loopback display server (desktop app)', () => {
  it('serves a session to the app page with its ticket, once', async () => {
    const app = await start();
    const session = await app.displays.open('window', 'demo', DEBIAN);
    expect(session.url).toBe(server!.url);
    expect(session.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/display$/);
    const url = `${session.url!}?ticket=${session.ticket}`;
    expect(await connect(url, 'virtdeck://app')).toBe('RFB 003.008\n');
    await expect(connect(url, 'virtdeck://app')).rejects.toThrow(/403/);
  });

  it('refuses pages of other origins and unknown tickets', async () => {
    const app = await start();
    const session = await app.displays.open('window', 'demo', DEBIAN);
    const url = `${session.url!}?ticket=${session.ticket}`;
    await expect(connect(url, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(url, 'file://')).rejects.toThrow(/403/);
    await expect(connect(`${session.url!}?ticket=guess`)).rejects.toThrow(/403/);
    await expect(connect(url.replace('127.0.0.1', 'localhost'))).rejects.toThrow(/403/);
    // The refusals did not use the ticket up.
    expect(await connect(url)).toBe('RFB 003.008\n');
  });
});

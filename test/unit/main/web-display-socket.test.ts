import { Duplex, PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import { startWebHost, type WebHost } from '../../../src/main/web/server';

const DEMO = { id: 'demo', name: 'Demo host', uri: 'demo:///', kind: 'demo' as const };
const DEBIAN = '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63';
const TOKEN = 'web-display-token';

let core: AppCore | undefined;
let web: WebHost | undefined;
afterEach(async () => {
  await web?.close();
  await core?.close();
});

async function start() {
  core = createAppCore({ hosts: [DEMO], statsIntervalMs: 0 });
  await core.ready;
  core.hosts.session('demo').driver.openGraphics = () => {
    const toWindow = new PassThrough();
    toWindow.write('RFB 003.008\n');
    return Promise.resolve(Duplex.from({ readable: toWindow, writable: new PassThrough() }));
  };
  web = await startWebHost({ core, token: TOKEN, port: 0, rendererDir: '/nonexistent' });
  return { app: core, web };
}

function greeting(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('message', (data: Buffer) => {
      resolve(data.toString());
      ws.close();
    });
    ws.once('error', reject);
  });
}

describe("the browser mode's display socket", () => {
  it('needs the token, a local Host and Origin, and the ticket', async () => {
    const { app, web } = await start();
    const { ticket } = await app.displays.open('window', 'demo', DEBIAN);
    const base = `ws://127.0.0.1:${web.port}/display?ticket=${ticket}`;
    await expect(greeting(base)).rejects.toThrow(/401/);
    await expect(greeting(`${base}&token=wrong`)).rejects.toThrow(/401/);
    await expect(
      greeting(`${base}&token=${TOKEN}`, { Origin: 'http://evil.example' }),
    ).rejects.toThrow(/403/);
    await expect(
      greeting(`ws://127.0.0.1:${web.port}/display?ticket=guess&token=${TOKEN}`),
    ).rejects.toThrow(/403/);
    const origin = `http://127.0.0.1:${web.port}`;
    expect(await greeting(`${base}&token=${TOKEN}`, { Origin: origin })).toBe('RFB 003.008\n');
  });
});

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

/** display.open through a contract socket of the browser mode, as the page calls it. */
async function openThroughSocket(port: number): Promise<{ url: string; close(): void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${TOKEN}`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const session = await new Promise<{ ticket: string; url?: string }>((resolve) => {
    ws.once('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { envelope: { value: { ticket: string; url?: string } } };
      resolve(message.envelope.value);
    });
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'display.open', payload: { hostId: 'demo', uuid: DEBIAN } }));
  });
  return { url: `${session.url ?? ''}?ticket=${session.ticket}`, close: () => ws.close() };
}

describe("the browser mode's display socket", () => {
  it('needs the token, a local Host and Origin, and the ticket', async () => {
    const { web } = await start();
    const opened = await openThroughSocket(web.port);
    const base = opened.url;
    expect(base).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${web.port}/display/[\\w-]+\\?ticket=`));
    await expect(greeting(base)).rejects.toThrow(/401/);
    await expect(greeting(`${base}&token=wrong`)).rejects.toThrow(/401/);
    await expect(
      greeting(`${base}&token=${TOKEN}`, { Origin: 'http://evil.example' }),
    ).rejects.toThrow(/403/);
    await expect(
      greeting(`${base.replace(/ticket=.*/, 'ticket=guess')}&token=${TOKEN}`),
    ).rejects.toThrow(/403/);
    const origin = `http://127.0.0.1:${web.port}`;
    expect(await greeting(`${base}&token=${TOKEN}`, { Origin: origin })).toBe('RFB 003.008\n');
    opened.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { ServerMessage } from '../../src/shared/ipc/wire';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.origin}${path}`, { headers, redirect: 'manual' });
}

/** Opens the contract socket; resolves with the socket or rejects with the HTTP status. */
function connect(options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
  const query = options.token === undefined ? '' : `?token=${options.token}`;
  const ws = new WebSocket(`ws://127.0.0.1:${app.port}/ws${query}`, options.origin ? { origin: options.origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

function invoke(ws: WebSocket, id: number, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const message = JSON.parse((data as Buffer).toString()) as ServerMessage;
      if (message.type === 'result' && message.id === id) {
        ws.off('message', onMessage);
        resolve(message.envelope);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
  });
}

describe('browser mode: HTTP', () => {
  it('refuses requests without the token or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=wrong-token')).status).toBe(401);
    expect((await get('/index.html')).status).toBe(401);
  });

  it('serves the app with the token and sets a cookie for its assets', async () => {
    const response = await get(`/?token=${app.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const html = await response.text();
    const asset = /(?:src|href)="\.?(\/assets\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    expect((await get(asset ?? '')).status).toBe(401);
    expect((await get(asset ?? '', { cookie: cookie.split(';')[0] ?? '' })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: app.port, path: `/?token=${app.token}`, headers: { host: 'evil.example' } }, (res) =>
        resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(403);
  });
});

describe('browser mode: WebSocket', () => {
  it('refuses an upgrade without the token', async () => {
    await expect(connect()).rejects.toThrow('HTTP 401');
    await expect(connect({ token: 'nope-nope-nope' })).rejects.toThrow('HTTP 401');
  });

  it('refuses an upgrade from a foreign origin even with the token', async () => {
    await expect(connect({ token: app.token, origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('answers contract calls from its own origin', async () => {
    const ws = await connect({ token: app.token, origin: app.origin });
    const hosts = await invoke(ws, 1, 'hosts.list', {});
    expect(hosts).toMatchObject({ ok: true, value: [{ id: 'demo', kind: 'demo' }] });
    ws.close();
  });

  it('answers an invalid payload with a validation error and changes nothing', async () => {
    const ws = await connect({ token: app.token, origin: app.origin });
    const before = await invoke(ws, 1, 'vms.list', { hostId: 'demo' });
    if (!before.ok) throw new Error(before.error.message);
    const vms = before.value as { uuid: string; state: string }[];
    const target = vms.find((vm) => vm.state === 'shutoff');
    expect(target).toBeDefined();

    const invalid = [
      { hostId: 'demo', uuid: target?.uuid, action: 'explode' },
      { hostId: 'demo', uuid: 'not-a-uuid', action: 'start' },
      { hostId: 'demo', action: 'start' },
      { hostId: 'demo', uuid: target?.uuid, action: 'start', extra: 1 },
      'start everything',
    ];
    for (const [index, payload] of invalid.entries()) {
      const result = await invoke(ws, 10 + index, 'vms.lifecycle', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await invoke(ws, 20, 'no.such.method', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

    const after = await invoke(ws, 30, 'vms.list', { hostId: 'demo' });
    if (!after.ok) throw new Error(after.error.message);
    const stateOf = (list: { uuid: string; state: string }[]) => list.map((vm) => `${vm.uuid}:${vm.state}`).sort();
    expect(stateOf(after.value as typeof vms)).toEqual(stateOf(vms));
    ws.close();
  });

  it('closes the socket on a message that is not a contract call', async () => {
    const ws = await connect({ token: app.token, origin: app.origin });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{ this is not json');
    expect(await closed).toBe(1007);
  });

  it('pushes stats events without being asked', async () => {
    const ws = await connect({ token: app.token, origin: app.origin });
    const event = await new Promise<ServerMessage>((resolve) => {
      ws.on('message', (data: WebSocket.RawData) => {
        const message = JSON.parse((data as Buffer).toString()) as ServerMessage;
        if (message.type === 'event' && message.event === 'vm.stats') resolve(message);
      });
    });
    expect(event).toMatchObject({ type: 'event', event: 'vm.stats', payload: { hostId: 'demo' } });
    ws.close();
  });
});

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { ClientMessage } from '../../../src/shared/ipc/wire';
import {
  CONNECTION_LOST_MESSAGE,
  createWebSocketTransport,
  removeTokenFromAddressBar,
  webSocketUrlFor,
} from '../../../src/renderer/ipc/websocket-transport';

/** Just enough of a WebSocket: records frames, and lets the test play the server. */
class FakeSocket extends EventTarget {
  readyState = 0;
  readonly sent: ClientMessage[] = [];
  constructor(readonly url: string) {
    super();
  }
  send(frame: string) {
    this.sent.push(JSON.parse(frame) as ClientMessage);
  }
  open() {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }
  receive(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
  drop() {
    this.readyState = 3;
    this.dispatchEvent(new Event('close'));
  }
}

function setUp() {
  let socket: FakeSocket | undefined;
  const onConnectionLost = vi.fn();
  const transport = createWebSocketTransport({
    url: 'ws://localhost:8090/ws?token=dev',
    onConnectionLost,
    createSocket: (url) => {
      socket = new FakeSocket(url);
      return socket as unknown as WebSocket;
    },
  });
  return { transport, socket: socket!, onConnectionLost };
}

describe('WebSocket transport', () => {
  it('builds the socket URL from the page’s scheme, host and token', () => {
    expect(
      webSocketUrlFor({ protocol: 'http:', host: 'localhost:8090', search: '?token=dev' }),
    ).toBe('ws://localhost:8090/ws?token=dev');
    expect(
      webSocketUrlFor({ protocol: 'https:', host: 'vd.example', search: '?x=1&token=a b' }),
    ).toBe('wss://vd.example/ws?token=a%20b');
  });

  it('leaves the token out of the socket URL when the page has none (the cookie has it)', () => {
    expect(webSocketUrlFor({ protocol: 'http:', host: '127.0.0.1:8090', search: '' })).toBe(
      'ws://127.0.0.1:8090/ws',
    );
  });

  it('takes the token out of the address bar and keeps the rest of the URL', () => {
    const replaceState = vi.fn();
    const history = { state: { at: 1 }, replaceState };
    removeTokenFromAddressBar({ href: 'http://127.0.0.1:8090/?x=1&token=s3cret#vm' }, history);
    expect(replaceState).toHaveBeenCalledWith({ at: 1 }, '', '/?x=1#vm');
    replaceState.mockClear();
    removeTokenFromAddressBar({ href: 'http://127.0.0.1:8090/?token=s3cret' }, history);
    expect(replaceState).toHaveBeenCalledWith({ at: 1 }, '', '/');
    replaceState.mockClear();
    removeTokenFromAddressBar({ href: 'http://127.0.0.1:8090/' }, history);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('queues calls until the socket opens and matches answers by id', async () => {
    const { transport, socket } = setUp();
    const first = transport.invoke('hosts.list', {});
    const second = transport.invoke('app.info', {});
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent.map((m) => m.channel)).toEqual(['hosts.list', 'app.info']);
    const [a, b] = socket.sent;
    socket.receive({ type: 'result', id: b!.id, envelope: { ok: true, value: 'info' } });
    socket.receive({ type: 'result', id: a!.id, envelope: { ok: true, value: [] } });
    await expect(first).resolves.toEqual({ ok: true, value: [] });
    await expect(second).resolves.toEqual({ ok: true, value: 'info' });
  });

  it('delivers pushed events to that event’s listeners until they unsubscribe', () => {
    const { transport, socket } = setUp();
    socket.open();
    const onStats = vi.fn();
    const onRemoved = vi.fn();
    const unsubscribe = transport.subscribe('vm.stats', onStats);
    transport.subscribe('vm.removed', onRemoved);
    socket.receive({ type: 'event', event: 'vm.stats', payload: { n: 1 } });
    unsubscribe();
    socket.receive({ type: 'event', event: 'vm.stats', payload: { n: 2 } });
    expect(onStats).toHaveBeenCalledTimes(1);
    expect(onStats).toHaveBeenCalledWith({ n: 1 });
    expect(onRemoved).not.toHaveBeenCalled();
  });

  it('rejects pending and later calls and reports the loss when the socket closes', async () => {
    const { transport, socket, onConnectionLost } = setUp();
    socket.open();
    const pending = transport.invoke('hosts.list', {});
    socket.drop();
    await expect(pending).rejects.toThrow(CONNECTION_LOST_MESSAGE);
    await expect(transport.invoke('hosts.list', {})).rejects.toBeInstanceOf(AppError);
    expect(onConnectionLost).toHaveBeenCalledTimes(1);
  });
});

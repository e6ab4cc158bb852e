import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConsoleConnection,
  type ConsoleScreen,
} from '../../../src/renderer/features/console/console-connection';
import { FakeHost, HostFailure } from './fake-host';

const TARGET = { hostId: 'local', uuid: '00000000-0000-4000-8000-000000000001' };
const b64 = (text: string) => btoa(text);

function setUp() {
  const host = new FakeHost()
    .handle('console.open', () => ({ sessionId: 's1', vmName: 'web1' }))
    .handle('console.write', () => null)
    .handle('console.ack', () => null)
    .handle('console.close', () => null);
  const connection = new ConsoleConnection(host.client(), TARGET);
  const stop = connection.listen();
  const drawn: string[] = [];
  const screen: ConsoleScreen = {
    write: (data, done) => {
      drawn.push(typeof data === 'string' ? data : new TextDecoder().decode(data));
      done?.();
    },
  };
  return { host, connection, stop, drawn, screen };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('ConsoleConnection', () => {
  it('opens a session, holds output until the terminal is there, and acknowledges what it drew', async () => {
    vi.useFakeTimers();
    const { host, connection, drawn, screen } = setUp();
    await connection.connect();
    expect(connection.status).toEqual({ state: 'connected', vmName: 'web1' });
    host.emit('console.output', { sessionId: 's1', data: b64('web1 login: ') });
    host.emit('console.output', { sessionId: 'other', data: b64('not ours') });
    expect(drawn).toEqual([]);
    connection.attach(screen);
    expect(drawn).toEqual(['web1 login: ']);
    await vi.advanceTimersByTimeAsync(100);
    expect(host.calls.filter((c) => c.channel === 'console.ack')).toEqual([
      { channel: 'console.ack', payload: { sessionId: 's1', bytes: 12 } },
    ]);
  });

  it('sends input in order, split into pieces the contract allows', async () => {
    const { host, connection } = setUp();
    await connection.connect();
    connection.write('a'.repeat(20_000));
    connection.write('\r');
    await flush();
    await flush();
    const writes = host.calls
      .filter((c) => c.channel === 'console.write')
      .map((c) => (c.payload as { data: string }).data);
    expect(writes.map((w) => w.length)).toEqual([16_384, 3_616, 1]);
  });

  it('shows why the session ended in the terminal and in its status', async () => {
    const { host, connection, drawn, screen } = setUp();
    connection.attach(screen);
    await connection.connect();
    host.emit('console.closed', {
      sessionId: 's1',
      reason: 'vm-stopped',
      message: 'the VM stopped',
    });
    expect(drawn.join('')).toContain('[the VM stopped]');
    expect(connection.status).toEqual({
      state: 'disconnected',
      reason: 'vm-stopped',
      message: 'the VM stopped',
    });
  });

  it('offers a take-over when another client holds the console, and forces on request', async () => {
    const { host, connection } = setUp();
    host.handle('console.open', (payload) => {
      if (!(payload as { force: boolean }).force) {
        throw new HostFailure({ code: 'busy', message: 'open in another client. Take it over' });
      }
      return { sessionId: 's2', vmName: 'web1' };
    });
    await connection.connect();
    expect(connection.status).toEqual({
      state: 'busy',
      message: 'open in another client. Take it over',
    });
    await connection.connect(true);
    expect(connection.status).toMatchObject({ state: 'connected' });
  });

  it('closes the session when the view goes, even one still opening', async () => {
    const { host, connection, stop } = setUp();
    const opening = connection.connect();
    stop();
    await opening;
    await flush();
    expect(host.calls.filter((c) => c.channel === 'console.close')).toEqual([
      { channel: 'console.close', payload: { sessionId: 's1' } },
    ]);
    expect(connection.status).toEqual({ state: 'disconnected' });
  });
});

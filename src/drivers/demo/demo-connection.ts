import type { Duplex } from 'node:stream';
import { VirErr, VirFrom } from '../../shared/libvirt-errors';
import { DriverError } from '../driver';
import type { Driver, DriverEvent } from '../driver';
import { createDemoDriver } from './demo-driver';
import type { DemoOptions } from './options';

/**
 * The demo host as a daemon that outlives its clients: each connect() is one connection to
 * the same VMs, and closing a connection ends only its events and console streams, while
 * the VMs run on. So disconnecting and connecting the demo host behaves as it does for a
 * libvirt host, instead of starting over from the seed VMs.
 */
export class DemoHostServer {
  #host: Driver | undefined;

  constructor(private readonly options: DemoOptions = {}) {}

  connect(): Driver {
    this.#host ??= createDemoDriver(this.options);
    return connectionTo(this.#host);
  }

  /** Stops the host itself (the app is closing): every connection's calls fail after this. */
  async close(): Promise<void> {
    await this.#host?.close();
  }
}

function connectionTo(host: Driver): Driver {
  const listeners = new Set<(event: DriverEvent) => void>();
  const streams = new Set<Duplex>();
  let closed = false;
  // One subscription to the host per connection, handed on while the connection is open.
  const unsubscribe = host.onEvent((event) => {
    if (!closed) for (const listener of [...listeners]) listener(event);
  });
  const closedError = (): DriverError =>
    new DriverError('internal error: client socket is closed', VirErr.INTERNAL_ERROR, VirFrom.RPC);

  const connection: Pick<Driver, 'onEvent' | 'close' | 'openConsole' | 'openGraphics'> = {
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      unsubscribe();
      // Streams belong to the connection, as in libvirt: they break with it.
      for (const stream of streams) stream.destroy();
      const event: DriverEvent = {
        kind: 'closed',
        reason: 'client',
        message: 'connection closed by the client',
      };
      for (const listener of [...listeners]) listener(event);
      listeners.clear();
      return Promise.resolve();
    },
    openConsole: (...args) => tracked(() => host.openConsole(...args)),
    openGraphics: (...args) => tracked(() => host.openGraphics(...args)),
  };

  async function tracked(open: () => Promise<Duplex>): Promise<Duplex> {
    if (closed) throw closedError();
    const stream = await open();
    if (closed) {
      stream.destroy();
      throw closedError();
    }
    streams.add(stream);
    stream.once('close', () => streams.delete(stream));
    return stream;
  }

  return new Proxy(host, {
    get(target, prop) {
      if (Object.hasOwn(connection, prop)) return connection[prop as keyof typeof connection];
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      // Every other call is the host's own, refused once this connection is closed.
      return (...args: unknown[]): unknown =>
        closed
          ? Promise.reject(closedError())
          : (value as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
}

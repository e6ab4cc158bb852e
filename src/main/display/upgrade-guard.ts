import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * What every WebSocket upgrade handler on 127.0.0.1 needs before it looks at a request:
 * Node hands an upgrade's socket over with no `error` listener and an unparsed target, so
 * a reset connection or a target like `http://[` would otherwise throw out of the handler
 * and end the process.
 */

/** The request's target as a URL, or undefined when it is not one (answer 400). */
export function requestUrl(request: IncomingMessage): URL | undefined {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return undefined;
  }
}

/** A client's reset or a failed write ends that connection only. */
export function guardUpgradeSocket(socket: Duplex): void {
  socket.on('error', () => socket.destroy());
}

/** Answers an upgrade with a status and no body, and lets the connection go once sent. */
export function refuseUpgrade(socket: Duplex, status: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
}

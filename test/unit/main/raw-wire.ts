import { connect } from 'node:net';

/**
 * Raw TCP for tests that play a hostile client: bytes exactly as given (no HTTP or
 * WebSocket library in between), and what came back.
 */

export interface RawAnswer {
  /** Everything the server sent before it closed or the wait ran out. */
  data: Buffer;
  /** The server closed (or reset) the connection. */
  closed: boolean;
  /** The server neither closed nor reset the connection within the wait. */
  hung: boolean;
  /** From the first byte sent to the close, in milliseconds. */
  ms: number;
}

export interface RawOptions {
  /** How long the server has to close the connection (default 3 s). */
  timeoutMs?: number;
  /**
   * After this long without a byte from the server (default 100 ms), the client
   * half-closes: the server has seen all there is, and must answer or close.
   */
  quietMs?: number;
  /** Reset the connection right after sending, without waiting for an answer. */
  reset?: boolean;
}

/** Sends `chunks` on a fresh connection to 127.0.0.1:port and collects the answer. */
export function exchange(
  port: number,
  chunks: Buffer | Buffer[],
  options: RawOptions = {},
): Promise<RawAnswer> {
  const parts = Array.isArray(chunks) ? chunks : [chunks];
  const timeoutMs = options.timeoutMs ?? 3000;
  const quietMs = options.quietMs ?? 100;
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    const started = performance.now();
    let settled = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(quiet);
      socket.destroy();
      resolve({
        data: Buffer.concat(received),
        closed,
        hung: !closed,
        ms: performance.now() - started,
      });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const waitQuietly = (): void => {
      clearTimeout(quiet);
      quiet = setTimeout(() => socket.end(), quietMs);
    };
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (!socket.writableEnded) waitQuietly();
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('end', () => finish(true));
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
      if (options.reset) {
        socket.resetAndDestroy();
        finish(true);
      } else {
        waitQuietly();
      }
    });
  });
}

/** The status code of the first HTTP response in `data`, or undefined. */
export function statusOf(data: Buffer): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(data.toString('latin1'));
  return match ? Number(match[1]) : undefined;
}

/** An HTTP/1.1 request as bytes; `target` and header values go out unchanged. */
export function httpRequest(
  target: string,
  headers: Record<string, string>,
  method = 'GET',
): Buffer {
  const lines = [
    `${method} ${target} HTTP/1.1`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

/** The headers of a well-formed WebSocket upgrade to 127.0.0.1:port. */
export function upgradeHeaders(
  port: number,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    Host: `127.0.0.1:${port}`,
    Upgrade: 'websocket',
    Connection: 'Upgrade',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Version': '13',
    ...extra,
  };
}

/** One client-to-server WebSocket frame (masked, as a client must). */
export function clientFrame(
  opcode: number,
  payload: Buffer,
  options: { fin?: boolean; mask?: Buffer } = {},
): Buffer {
  const mask = options.mask ?? Buffer.from([1, 2, 3, 4]);
  const first = ((options.fin ?? true) ? 0x80 : 0) | (opcode & 0x0f);
  let header: Buffer;
  if (payload.length < 126) header = Buffer.from([first, 0x80 | payload.length]);
  else if (payload.length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0);
    header.writeUInt8(0x80 | 126, 1);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8(0x80 | 127, 1);
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([header, mask, masked]);
}

/** A frame header that announces `length` bytes (none follow): the size checks' input. */
export function announcedFrame(length: bigint): Buffer {
  const header = Buffer.alloc(14);
  header.writeUInt8(0x82, 0);
  header.writeUInt8(0x80 | 127, 1);
  header.writeBigUInt64BE(length, 2);
  Buffer.from([1, 2, 3, 4]).copy(header, 10);
  return header;
}

/**
 * Records what would have ended a real server process: exceptions and rejections nobody
 * caught. (vitest also reports them; the count makes the assertion explicit.)
 */
export function watchCrashes(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const record = (error: unknown): void => {
    errors.push(error);
  };
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  return {
    errors,
    stop: () => {
      process.off('uncaughtException', record);
      process.off('unhandledRejection', record);
    },
  };
}

/** The close code of the first server frame after a 101 answer, if it is a close frame. */
export function closeCodeOf(data: Buffer): number | undefined {
  const start = data.indexOf('\r\n\r\n');
  if (statusOf(data) !== 101 || start < 0) return undefined;
  const frame = data.subarray(start + 4);
  if (frame.length < 4 || (frame[0]! & 0x0f) !== 0x8) return undefined;
  return frame.readUInt16BE(2);
}

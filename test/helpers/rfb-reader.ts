import type { WebSocket } from 'ws';

/**
 * Reads an RFB byte stream that arrives as WebSocket messages of any size: `take(n)`
 * resolves with the next n bytes. Enough of the protocol for a test to do the handshake.
 */
export class RfbReader {
  #buffer = Buffer.alloc(0);
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, data]);
      this.#wake?.();
    });
    ws.on('close', () => {
      this.#closed = true;
      this.#wake?.();
    });
  }

  async take(length: number, deadlineMs = 15_000): Promise<Buffer> {
    const giveUpAt = Date.now() + deadlineMs;
    while (this.#buffer.length < length) {
      if (this.#closed) throw new Error(`the socket closed before ${length} bytes came`);
      if (Date.now() > giveUpAt) throw new Error(`no ${length} bytes within ${deadlineMs} ms`);
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        setTimeout(resolve, 200);
      });
    }
    const bytes = this.#buffer.subarray(0, length);
    this.#buffer = this.#buffer.subarray(length);
    return bytes;
  }
}

/** The server's side of an RFB 3.8 handshake with no authentication, up to ServerInit. */
export async function rfbHandshake(ws: WebSocket, reader: RfbReader) {
  const version = (await reader.take(12)).toString('latin1');
  ws.send(Buffer.from('RFB 003.008\n', 'latin1'));
  const count = (await reader.take(1))[0]!;
  const securityTypes = [...(await reader.take(count))];
  ws.send(Buffer.from([1])); // None
  const securityResult = (await reader.take(4)).readUInt32BE(0);
  ws.send(Buffer.from([1])); // ClientInit: shared
  const init = await reader.take(24);
  const name = (await reader.take(init.readUInt32BE(20))).toString('utf8');
  return {
    version,
    securityTypes,
    securityResult,
    width: init.readUInt16BE(0),
    height: init.readUInt16BE(2),
    name,
  };
}

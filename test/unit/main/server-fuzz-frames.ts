import fc from 'fast-check';
import { announcedFrame, clientFrame, httpRequest, upgradeHeaders } from './raw-wire';
import { cuts, pieces, rarely, type FuzzContext, type FuzzInput } from './server-fuzz-basics';

/** Random frames, and frames built to break each rule of RFC 6455 a server checks. */
const payloads = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((array) => Buffer.from(array)),
  fc.constantFrom(
    Buffer.from([0xfe, 0xfc]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xe0, 0xa4]),
    Buffer.from('{"type":"invoke","id":1,"channel":"app.info","payload":{}}'),
    Buffer.from('{"type":"invoke","id":-1,"channel":"app.info","payload":{}}'),
    Buffer.from('{"type":"invoke","id":1e400,"channel":"x","payload":null}'),
    Buffer.from('{"__proto__":{"type":"invoke"},"constructor":{"prototype":{}}}'),
    Buffer.from(`${'['.repeat(5000)}${']'.repeat(5000)}`),
    Buffer.from('not json'),
    Buffer.from(''),
  ),
  fc
    .record({
      id: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string()),
      channel: fc.oneof(
        fc.constantFrom(
          'app.info',
          'hosts.list',
          'vms.list',
          'vms.details',
          'vms.xml',
          'console.open',
          'console.write',
          'console.close',
          'display.open',
          'display.close',
          'devices.list',
          'toString',
          '__proto__',
          'constructor',
        ),
        fc.string({ maxLength: 20 }),
      ),
      payload: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constant({ hostId: 'demo' }),
        fc.constant({ hostId: 'demo', uuid: '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63' }),
        fc.record(
          { hostId: fc.string(), uuid: fc.string(), sessionId: fc.string(), data: fc.string() },
          { requiredKeys: [] },
        ),
      ),
    })
    .map((message) => Buffer.from(JSON.stringify({ type: 'invoke', ...message }))),
);

export const frames = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        fin: fc.boolean(),
        rsv: fc.oneof(
          { weight: 5, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 7 }) },
        ),
        opcode: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(0x0, 0x1, 0x1, 0x2, 0x8, 0x9, 0xa) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }) },
        ),
        masked: fc.oneof(
          { weight: 9, arbitrary: fc.constant(true) },
          { weight: 1, arbitrary: fc.constant(false) },
        ),
        payload: payloads,
      })
      .map((frame) => {
        const built = clientFrame(frame.opcode, frame.payload, { fin: frame.fin });
        built[0] = built[0]! | (frame.rsv << 4);
        if (!frame.masked) {
          // Drop the mask bit and the key: a client must mask, so this is a protocol error.
          built[1] = built[1]! & 0x7f;
          const keyAt = (built[1] & 0x7f) === 126 ? 4 : (built[1] & 0x7f) === 127 ? 10 : 2;
          return Buffer.concat([built.subarray(0, keyAt), frame.payload]);
        }
        return built;
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(1n << 20n, (1n << 20n) + 1n, 1n << 32n, (1n << 63n) - 1n, (1n << 64n) - 1n)
      .map(announcedFrame),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Buffer.from([0x81, 0x82, 0x01, 0x02, 0x03, 0x04, 0xfe, 0xfc]), // the frame: not UTF-8
      Buffer.from([0x89, 0xfe, 0x00, 0x7e, 1, 2, 3, 4]), // a ping announcing 126 bytes (control frames max 125)
      Buffer.from([0x08, 0x80, 1, 2, 3, 4]), // a fragmented close
      Buffer.from([0x88, 0x81, 1, 2, 3, 4, 0x00]), // a close with a 1-byte body
      clientFrame(0x8, Buffer.from([0x03, 0xe7])), // close code 999
      clientFrame(0x8, Buffer.from([0x03, 0xe8, 0xff])), // close reason not UTF-8
      clientFrame(0x0, Buffer.from('continuation first')),
      Buffer.from([0x81]), // a header cut short
    ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((array) => Buffer.from(array)) },
);

/** A real message just under or over the 1 MiB limit, bytes and all (built when sent). */
const bigFrames = fc.constantFrom(1024 * 1024 - 64, 1024 * 1024 + 1).map((size) => ({ size }));

const frameSequences: fc.Arbitrary<(Buffer | { size: number })[]> = fc.oneof(
  { weight: 30, arbitrary: fc.array(frames, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: bigFrames.map((big) => [big]) },
);

const frameBytes = (frame: Buffer | { size: number }): Buffer =>
  Buffer.isBuffer(frame) ? frame : clientFrame(0x2, Buffer.alloc(frame.size, 0x41));

export type Socket = 'contract' | 'display' | 'loopback-display';

/** A well-formed upgrade to one of the sockets, with its credentials. */
export async function socketUpgrade(socket: Socket, context: FuzzContext): Promise<Buffer> {
  if (socket === 'contract') {
    return httpRequest(`/ws?token=${context.token}`, upgradeHeaders(context.webPort));
  }
  if (socket === 'display') {
    const { path, ticket } = await context.displayTicket();
    return httpRequest(
      `${path}?ticket=${ticket}&token=${context.token}`,
      upgradeHeaders(context.webPort),
    );
  }
  const ticket = await context.loopbackTicket();
  return httpRequest(`/display?ticket=${ticket}`, upgradeHeaders(context.loopbackPort));
}

export const frameInputs = fc
  .record({
    socket: fc.constantFrom<Socket>(
      'contract',
      'contract',
      'contract',
      'contract',
      'display',
      'loopback-display',
    ),
    frames: frameSequences,
    cuts,
    reset: rarely,
  })
  .map((spec): FuzzInput => ({
    kind: `frames:${spec.socket}`,
    server: spec.socket === 'loopback-display' ? 'loopback' : 'web',
    reset: spec.reset,
    build: async (context) => {
      const upgrade = await socketUpgrade(spec.socket, context);
      return [upgrade, ...pieces(Buffer.concat(spec.frames.map(frameBytes)), spec.cuts)];
    },
  }));

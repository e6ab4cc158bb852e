import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameDecoder } from '../../../src/drivers/libvirt/rpc/framer';
import { ProtocolError, decodePacket, encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import { XdrError, XdrReader } from '../../../src/drivers/libvirt/xdr/reader';
import { array, int, struct } from '../../../src/drivers/libvirt/xdr/codec';
import {
  MessageStatus,
  MessageType,
  PROGRAM_REMOTE,
} from '../../../src/drivers/libvirt/protocol/constants';
import {
  domain,
  domainStatsRecord,
  remoteError,
  uuidFromString,
} from '../../../src/drivers/libvirt/protocol/types';
import { EVENT_DECODERS } from '../../../src/drivers/libvirt/procedures/events';
import { PROCEDURES } from '../../../src/drivers/libvirt/client';
import { FakeDaemon, remoteErrorValue, settle } from './fake-daemon';

const DOM = {
  name: 'guest-1',
  uuid: uuidFromString('6695eb01-f6a4-8304-79aa-97f2502e193f'),
  id: 1,
};

/** Valid payloads to mutate: a stats reply, an event, an error, a list reply. */
const SEEDS: Buffer[] = [
  encodePacket(hdr(MessageType.Reply, 5), {
    codec: array(domainStatsRecord),
    value: [
      {
        dom: DOM,
        params: [
          { field: 'state.state', value: { type: 'int', value: 1 } },
          { field: 'cpu.time', value: { type: 'ullong', value: 123456789n } },
          { field: 'net.0.name', value: { type: 'string', value: 'vnet0' } },
          { field: 'ratio', value: { type: 'double', value: 0.5 } },
        ],
      },
    ],
  }),
  encodePacket(
    { ...hdr(MessageType.Message, 1), proc: 318 },
    {
      codec: struct({ callbackID: int, dom: domain, event: int, detail: int }),
      value: { callbackID: 0, dom: DOM, event: 3, detail: 0 },
    },
  ),
  encodePacket(
    { ...hdr(MessageType.Reply, 6), status: MessageStatus.Error },
    {
      codec: remoteError,
      value: remoteErrorValue(42, 12, 'Domain not found'),
    },
  ),
  encodePacket(hdr(MessageType.Reply, 7), {
    codec: struct({ domains: array(domain), ret: int }),
    value: { domains: [DOM, DOM], ret: 2 },
  }),
];

function hdr(type: MessageType, serial: number): PacketHeader {
  return { prog: PROGRAM_REMOTE, vers: 1, proc: 344, type, serial, status: MessageStatus.Ok };
}

/** A seed with random bytes overwritten, cut short or extended. */
const mutatedFrame = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
    tail: fc.uint8Array({ maxLength: 16 }),
  })
  .map(({ seed, edits, cut, tail }) => {
    const b = Buffer.from(seed);
    for (const [at, value] of edits) b[at % b.length] = value;
    const body = cut === undefined ? b : b.subarray(0, cut % (b.length + 1));
    return Buffer.concat([body, Buffer.from(tail)]);
  });

const ALL_RESULT_CODECS = [
  ...Object.values(PROCEDURES).map((p) => p.ret),
  ...[...EVENT_DECODERS.values()].map((d) => d.codec),
  remoteError,
];

function decodesOrRejects(
  run: () => unknown,
  ...allowed: (abstract new (...args: never[]) => Error)[]
): void {
  try {
    run();
  } catch (err) {
    if (!allowed.some((type) => err instanceof type)) throw err;
  }
}

describe('fuzz: hostile bytes never crash the decoder', () => {
  it('splits random byte streams into frames or rejects them with ProtocolError', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
        const d = new FrameDecoder();
        decodesOrRejects(() => {
          for (const c of chunks) for (const f of d.push(Buffer.from(c))) decodePacket(f);
        }, ProtocolError);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes random payloads with every result codec or fails with XdrError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 96 }),
        fc.nat(ALL_RESULT_CODECS.length - 1),
        (bytes, i) => {
          const codec = ALL_RESULT_CODECS[i];
          if (!codec) return;
          decodesOrRejects(() => codec.decode(new XdrReader(Buffer.from(bytes))), XdrError);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('decodes mutated real frames or fails with XdrError or ProtocolError', () => {
    fc.assert(
      fc.property(mutatedFrame, fc.nat(ALL_RESULT_CODECS.length - 1), (frame, i) => {
        const d = new FrameDecoder();
        decodesOrRejects(
          () => {
            for (const f of d.push(frame)) {
              const packet = decodePacket(f);
              ALL_RESULT_CODECS[i]?.decode(new XdrReader(packet.payload));
            }
          },
          XdrError,
          ProtocolError,
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it('a client fed mutated frames either keeps working or closes with an error, never hangs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedFrame, { minLength: 1, maxLength: 4 }), async (frames) => {
        const daemon = new FakeDaemon();
        daemon.on(344, () => undefined); // the fuzzed frames play its replies
        daemon.on(316, (_a, h) => daemon.reply(h, int, 0));
        const client = await daemon.connect({ keepalive: false });
        await client.events.subscribe('lifecycle', () => undefined);
        const pending = [5, 6, 7].map(() =>
          client.connectGetAllDomainStats([], 0).catch(() => undefined),
        );
        for (const f of frames) daemon.sendRaw(f);
        await settle();
        if (client.closed) {
          expect(client.closed.reason).toBe('error');
        } else {
          // Whole frames were handled; a cut-short one waits for bytes that never come
          // (keepalive ends that in real life), so hang up to release the calls.
          daemon.hangUp();
        }
        await Promise.all(pending);
      }),
      { numRuns: 1500 },
    );
  });
});

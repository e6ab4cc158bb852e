import { describe, expect, it } from 'vitest';
import { DriverError } from '../../../src/drivers/driver';
import {
  KEEPALIVE_PING,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
} from '../../../src/drivers/libvirt/protocol/constants';
import { encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import { string } from '../../../src/drivers/libvirt/xdr/codec';
import type { LibvirtClient } from '../../../src/drivers/libvirt/client';
import { FakeDaemon } from './fake-daemon';
import { PING_PACKET, collectEscapes, rawPacket } from './hostile';

/**
 * Whole connections against daemons that trickle, stall, flood and lie, with keepalive
 * on and the handshake included. Every connection must end, in a bounded time, in either
 * the right answers or a DriverError that says what happened: never a hang, never an
 * exception that escapes. The seed is printed, so a failure can be replayed.
 */

const SEED = Number(process.env.VIRTDECK_FUZZ_SEED ?? 20261203);
const CONNECTIONS = 240;
const PARALLEL = 24;
/** Keepalive declares a silent daemon dead after about 3 intervals; calls end after 200 ms. */
const LIMITS = {
  keepalive: { intervalMs: 30, count: 2 },
  callTimeoutMs: 200,
  handshakeTimeoutMs: 400,
};
/** No connection may take longer than this to settle (the slowest path is about 0.5 s). */
const BOUND_MS = 3000;

type Behaviour =
  | 'answer'
  | 'answer-late'
  | 'stall'
  | 'stall-handshake'
  | 'trickle'
  | 'ping-flood'
  | 'foreign-flood'
  | 'wrong-serial'
  | 'wrong-version'
  | 'wrong-type'
  | 'garbage'
  | 'bad-length'
  | 'hang-up'
  | 'mute';
const BEHAVIOURS: Behaviour[] = [
  'answer',
  'answer-late',
  'stall',
  'stall-handshake',
  'trickle',
  'ping-flood',
  'foreign-flood',
  'wrong-serial',
  'wrong-version',
  'wrong-type',
  'garbage',
  'bad-length',
  'hang-up',
  'mute',
];

/** mulberry32: small, seedable, good enough to pick scenarios. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  ms: number;
  answered: number;
  errors: number;
  unclear: string[];
}

/** One hostile daemon: a few behaviours at once, from the first byte. */
async function runConnection(behaviours: Set<Behaviour>, rnd: () => number): Promise<Outcome> {
  const daemon = await FakeDaemon.overUnixSocket();
  const timers: NodeJS.Timeout[] = [];
  const repeat = (ms: number, f: () => void) => timers.push(setInterval(f, ms));
  const later = (ms: number, f: () => void) => timers.push(setTimeout(f, ms));
  const answersPings = !behaviours.has('mute');
  daemon.socket.on('data', () => {
    if (!answersPings) return;
    for (const p of daemon.received.splice(0)) {
      if (p.header.prog === PROGRAM_KEEPALIVE && p.header.proc === KEEPALIVE_PING) {
        daemon.sendRaw(rawPacket({ prog: PROGRAM_KEEPALIVE, proc: 2, type: MessageType.Message }));
      }
    }
  });
  if (behaviours.has('stall-handshake')) daemon.on(1, () => undefined);

  const reply = (h: PacketHeader) => {
    const frame = encodePacket(
      { ...h, type: MessageType.Reply, status: MessageStatus.Ok },
      { codec: string, value: 'host-' + h.serial },
    );
    if (behaviours.has('wrong-serial')) return daemon.sendRaw(rawPacket({ serial: h.serial + 7 }));
    if (behaviours.has('wrong-version')) return daemon.sendRaw(rawPacket({ ...h, vers: 9 }));
    if (behaviours.has('wrong-type'))
      return daemon.sendRaw(rawPacket({ ...h, type: MessageType.Call }));
    if (behaviours.has('stall')) return;
    if (behaviours.has('trickle')) {
      let at = 0;
      return repeat(2 + Math.floor(rnd() * 20), () => {
        if (at < frame.length) daemon.sendRaw(frame.subarray(at, ++at));
      });
    }
    if (behaviours.has('answer-late'))
      return later(Math.floor(rnd() * 400), () => daemon.sendRaw(frame));
    daemon.sendRaw(frame);
  };
  daemon.on(59, (_a, h) => reply(h));

  if (behaviours.has('ping-flood')) repeat(1, () => daemon.sendRaw(PING_PACKET));
  if (behaviours.has('foreign-flood'))
    repeat(3, () => daemon.sendRaw(rawPacket({ prog: 0x5eed, type: MessageType.Message })));
  if (behaviours.has('garbage'))
    later(Math.floor(rnd() * 100), () =>
      daemon.sendRaw(Buffer.from(Array.from({ length: 64 }, () => Math.floor(rnd() * 256)))),
    );
  if (behaviours.has('bad-length'))
    later(Math.floor(rnd() * 100), () => daemon.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0xff])));
  if (behaviours.has('hang-up')) later(Math.floor(rnd() * 300), () => daemon.hangUp());

  const outcome: Outcome = { ms: 0, answered: 0, errors: 0, unclear: [] };
  const judge = (e: unknown) => {
    outcome.errors++;
    if (!(e instanceof DriverError) || e.message.length < 20) outcome.unclear.push(String(e));
  };
  const started = Date.now();
  let client: LibvirtClient | undefined;
  try {
    client = await daemon.connect(LIMITS);
  } catch (e) {
    judge(e);
  }
  if (client) {
    const calls = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
      client.connectGetHostname().then((name) => {
        if (/^host-\d+$/.test(name)) outcome.answered++;
        else outcome.unclear.push(`wrong answer ${name}`);
      }, judge),
    );
    await Promise.all(calls);
  }
  outcome.ms = Date.now() - started;
  for (const t of timers) clearInterval(t);
  client?.connection.close();
  daemon.socket.destroy();
  daemon.clientSide.destroy();
  return outcome;
}

function withBound<T>(promise: Promise<T>): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>(
    (resolve) => (timer = setTimeout(() => resolve('hang'), BOUND_MS)),
  );
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

describe('fuzz: whole connections to daemons that trickle, stall, flood and lie', () => {
  it('settles every connection in bounded time with answers or a clear error', async () => {
    const rnd = random(SEED);
    const escapes = collectEscapes();
    const scenarios = Array.from({ length: CONNECTIONS }, () => {
      const picked = new Set<Behaviour>();
      const n = 1 + Math.floor(rnd() * 3);
      while (picked.size < n) picked.add(BEHAVIOURS[Math.floor(rnd() * BEHAVIOURS.length)] ?? 'answer');
      return picked;
    });
    let hangs = 0;
    let answered = 0;
    let errors = 0;
    let slowest = 0;
    const unclear: string[] = [];
    const started = Date.now();
    for (let i = 0; i < scenarios.length; i += PARALLEL) {
      const batch = scenarios.slice(i, i + PARALLEL);
      const outcomes = await Promise.all(batch.map((b) => withBound(runConnection(b, rnd))));
      outcomes.forEach((o, j) => {
        const what = [...(batch[j] ?? [])].join('+');
        if (o === 'hang') {
          hangs++;
          unclear.push(`hang: ${what}`);
          return;
        }
        answered += o.answered;
        errors += o.errors;
        slowest = Math.max(slowest, o.ms);
        unclear.push(...o.unclear.map((u) => `${what}: ${u}`));
      });
    }
    const escaped = escapes();
    console.log(
      `[rpc-fuzz] seed=${SEED} connections=${CONNECTIONS} answered=${answered} clearErrors=${errors - unclear.length} unclear=${unclear.length} hangs=${hangs} escaped=${escaped.length} slowest=${slowest}ms time=${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    expect(unclear).toEqual([]);
    expect(escaped).toEqual([]);
    expect(hangs).toBe(0);
  }, 120_000);
});

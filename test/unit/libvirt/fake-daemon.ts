import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { FrameDecoder } from '../../../src/drivers/libvirt/rpc/framer';
import { decodePacket, encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { Packet, PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import {
  MessageStatus,
  MessageType,
  PROGRAM_REMOTE,
  PROTOCOL_VERSION,
} from '../../../src/drivers/libvirt/protocol/constants';
import { remoteError } from '../../../src/drivers/libvirt/protocol/types';
import { XdrReader } from '../../../src/drivers/libvirt/xdr/reader';
import { array, int, voidCodec } from '../../../src/drivers/libvirt/xdr/codec';
import type { Codec } from '../../../src/drivers/libvirt/xdr/codec';
import { clientOverStream } from '../../../src/drivers/libvirt/client';
import type { ClientOptions, LibvirtClient } from '../../../src/drivers/libvirt/client';

/** Lets a test hold the bytes one end writes, as a peer that stops reading would. */
export class Gate {
  private held: (() => void)[] = [];
  closed = false;

  pass(deliver: () => void): void {
    if (this.closed) this.held.push(deliver);
    else deliver();
  }

  /** Delivers what was held and lets everything through again. */
  open(): void {
    this.closed = false;
    const held = this.held;
    this.held = [];
    for (const d of held) d();
  }
}

/** Two connected in-memory Duplex ends, like a socketpair; the left end's writes pass `gate`. */
export function duplexPair(gate = new Gate()): [Duplex, Duplex] {
  const ends: { left?: Duplex; right?: Duplex } = {};
  const make = (peer: () => Duplex | undefined, g: Gate | undefined): Duplex =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _enc, cb) {
        const deliver = (): void => {
          peer()?.push(chunk);
          cb();
        };
        if (g) g.pass(deliver);
        else deliver();
      },
      final(cb) {
        peer()?.push(null);
        cb();
      },
    });
  const left = make(() => ends.right, gate);
  const right = make(() => ends.left, undefined);
  ends.left = left;
  ends.right = right;
  return [left, right];
}

/**
 * A connected pair of UNIX stream sockets [client end, daemon end], as the client meets
 * libvirtd's socket: real kernel buffering, and bytes written apart arrive apart.
 */
export async function unixSocketPair(): Promise<[net.Socket, net.Socket]> {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-rpc-'));
  const path = join(dir, 'sock');
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, resolve);
    });
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const client = net.connect(path);
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('error', reject);
    });
    const peer = await accepted;
    // The client may hang up at any moment; a reset on the daemon's end is expected.
    peer.on('error', () => undefined);
    return [client, peer];
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export type CallHandler = (args: XdrReader, header: PacketHeader) => void;

/**
 * An in-process libvirt daemon for tests, speaking the wire protocol through the
 * client's own encoder. It answers the handshake by itself; tests add handlers per
 * procedure and can reply late, out of order, with errors, events or stream data.
 */
export class FakeDaemon {
  readonly socket: Duplex;
  readonly clientSide: Duplex;
  readonly received: Packet[] = [];
  /** Close it to stop reading what the client writes (its socket buffer then fills). */
  readonly gate = new Gate();
  private readonly frames = new FrameDecoder();
  private readonly handlers = new Map<number, CallHandler>();

  /** `ends` = [client end, daemon end]; an in-memory pair (the gate works on it) when left out. */
  constructor(ends?: [Duplex, Duplex]) {
    [this.clientSide, this.socket] = ends ?? duplexPair(this.gate);
    this.socket.on('data', (chunk: Buffer) => {
      for (const frame of this.frames.push(chunk)) this.receive(decodePacket(Buffer.from(frame)));
    });
    this.on(66, (_a, h) => this.reply(h, array(int), [0])); // AUTH_LIST: none
    this.on(60, (_a, h) => this.reply(h, int, 1)); // every feature supported
    this.on(1, (_a, h) => this.reply(h, voidCodec, undefined)); // CONNECT_OPEN
    this.on(360, (_a, h) => this.reply(h, voidCodec, undefined));
    this.on(361, (_a, h) => this.reply(h, voidCodec, undefined));
    this.on(2, (_a, h) => this.reply(h, voidCodec, undefined));
  }

  /** A daemon on a real UNIX socket pair (the gate does not apply). */
  static async overUnixSocket(): Promise<FakeDaemon> {
    return new FakeDaemon(await unixSocketPair());
  }

  /** Handles CALLs of one procedure. */
  on(proc: number, handler: CallHandler): void {
    this.handlers.set(proc, handler);
  }

  /** Packets the client sent for a procedure (calls and stream packets). */
  packetsFor(proc: number): Packet[] {
    return this.received.filter((p) => p.header.proc === proc);
  }

  connect(options: ClientOptions = {}): Promise<LibvirtClient> {
    return clientOverStream(this.clientSide, 'test+unix:///default', 'test:///default', options);
  }

  reply<T>(call: PacketHeader, codec: Codec<T>, value: T): void {
    this.send({ ...call, type: MessageType.Reply, status: MessageStatus.Ok }, { codec, value });
  }

  replyError(call: PacketHeader, code: number, domain: number, message: string): void {
    this.send(
      { ...call, type: MessageType.Reply, status: MessageStatus.Error },
      { codec: remoteError, value: remoteErrorValue(code, domain, message) },
    );
  }

  event<T>(proc: number, codec: Codec<T>, value: T): void {
    this.send(
      {
        prog: PROGRAM_REMOTE,
        vers: PROTOCOL_VERSION,
        proc,
        type: MessageType.Message,
        serial: 1,
        status: MessageStatus.Ok,
      },
      { codec, value },
    );
  }

  streamData(call: PacketHeader, data: Uint8Array): void {
    this.sendRaw(
      encodePacket({ ...call, type: MessageType.Stream, status: MessageStatus.Continue }, data),
    );
  }

  streamStatus(call: PacketHeader, status: MessageStatus.Ok): void {
    this.send({ ...call, type: MessageType.Stream, status });
  }

  streamError(call: PacketHeader, code: number, message: string): void {
    this.send(
      { ...call, type: MessageType.Stream, status: MessageStatus.Error },
      { codec: remoteError, value: remoteErrorValue(code, 38, message) },
    );
  }

  send<T>(header: PacketHeader, body?: { codec: Codec<T>; value: T }): void {
    this.sendRaw(encodePacket(header, body));
  }

  sendRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** The daemon goes away (as on a restart). */
  hangUp(): void {
    this.socket.end();
  }

  private receive(packet: Packet): void {
    this.received.push(packet);
    if (packet.header.type !== MessageType.Call) return;
    this.handlers.get(packet.header.proc)?.(new XdrReader(packet.payload), packet.header);
  }
}

export function remoteErrorValue(code: number, domain: number, message: string) {
  return {
    code,
    domain,
    message,
    level: 2,
    dom: null,
    str1: message,
    str2: null,
    str3: null,
    int1: -1,
    int2: -1,
    net: null,
  };
}

/** Resolves after pending I/O callbacks have run (no timing involved). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import {
  KEEPALIVE_PING,
  KEEPALIVE_PONG,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
  PROGRAM_REMOTE,
  PROTOCOL_VERSION,
} from '../protocol/constants';
import { remoteError } from '../protocol/types';
import { connectionClosedError, errorFromRemote, rpcError } from '../errors';
import { XdrReader } from '../xdr/reader';
import type { Codec } from '../xdr/codec';
import type { DriverError } from '../../driver';
import { FrameDecoder } from './framer';
import { decodePacket, encodePacket } from './packet';
import type { Packet } from './packet';
import { Fifo } from './fifo';
import { Keepalive } from './keepalive';
import type { KeepaliveOptions } from './keepalive';
import { RpcStream } from './stream';
import type { StreamDirection } from './stream';
import { StreamMux } from './stream-mux';

/** Why a connection closed, as libvirt's virConnectCloseReason names it. */
export type CloseReason = 'error' | 'eof' | 'keepalive' | 'client';

export interface ClosedInfo {
  reason: CloseReason;
  message: string;
}

export interface RpcConnectionOptions {
  /**
   * Calls sent before their replies arrive. libvirtd stops reading a client that has more
   * than max_client_requests (default 5) pending, so stay below it; the rest wait here.
   */
  maxInFlight?: number;
  keepalive?: KeepaliveOptions | false;
  /** The first call's serial (0, as libvirt's client); tests start near 2^32 to cross the wrap. */
  firstSerial?: number;
}

/** One call, from the local queue until its reply (a plain record: no closures per call). */
interface Call {
  proc: number;
  argCodec: Codec<unknown>;
  args: unknown;
  retCodec: Codec<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  stream: RpcStream<unknown> | undefined;
}

/**
 * One RPC conversation with a libvirt daemon over any duplex byte stream. It owns the
 * serials, routes replies (they arrive in any order) to their callers, caps the calls in
 * flight, answers keepalive pings, hands event messages to `onMessage`, and multiplexes
 * streams. When the byte stream ends or misbehaves, every pending call and stream fails
 * with one clear error and 'closed' is emitted once.
 *
 * Events: 'closed' (ClosedInfo).
 */
export class RpcConnection extends EventEmitter<{ closed: [ClosedInfo] }> {
  private readonly frames = new FrameDecoder();
  private readonly pending = new Map<number, Call>();
  private readonly queue = new Fifo<Call>();
  private readonly maxInFlight: number;
  private readonly keepalive: Keepalive | undefined;
  private readonly streams: StreamMux;
  private nextSerial = 0;
  /** True while a received chunk is being dispatched; calls freed meanwhile are sent together after. */
  private receiving = false;
  private closedInfo: ClosedInfo | undefined;

  /** Receives every MESSAGE packet of the REMOTE program (events), by procedure number. */
  onMessage: (proc: number, payload: XdrReader) => void = () => undefined;

  constructor(
    private readonly socket: Duplex,
    options: RpcConnectionOptions = {},
  ) {
    super();
    this.maxInFlight = options.maxInFlight ?? 4;
    this.nextSerial = (options.firstSerial ?? 0) >>> 0;
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    this.streams = new StreamMux(socket, () =>
      this.closedInfo ? connectionClosedError(this.closedInfo.message) : undefined,
    );
    socket.on('end', () => this.shutdown('eof', 'the daemon closed the connection'));
    socket.on('close', () => this.shutdown('eof', 'the connection ended'));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A reset or broken pipe is the daemon going away (a restart, a crash), like EOF.
      const gone = err.code === 'ECONNRESET' || err.code === 'EPIPE';
      this.shutdown(
        gone ? 'eof' : 'error',
        gone ? `the daemon went away (${err.code})` : err.message,
      );
    });
    if (options.keepalive !== false) {
      this.keepalive = new Keepalive(options.keepalive ?? {}, {
        ping: () => this.sendKeepalive(KEEPALIVE_PING),
        dead: (message) => this.shutdown('keepalive', message),
      });
    }
  }

  get closed(): ClosedInfo | undefined {
    return this.closedInfo;
  }

  /**
   * Sends a CALL of the REMOTE program and resolves with the decoded reply. With
   * `stream`, the stream is registered under the call's serial before the call leaves,
   * so no early data can be lost.
   */
  call<A, R>(
    proc: number,
    argCodec: Codec<A>,
    args: A,
    retCodec: Codec<R>,
    stream?: RpcStream<R>,
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.closedInfo) {
        reject(connectionClosedError(this.closedInfo.message));
        return;
      }
      this.queue.push({
        proc,
        argCodec,
        args,
        retCodec,
        resolve: resolve as (value: unknown) => void,
        reject,
        stream,
      });
      this.pump();
    });
  }

  /** Creates a stream object bound to this connection; pass it to `call` to open it. */
  createStream<R>(proc: number, direction: StreamDirection): RpcStream<R> {
    return new RpcStream<R>(direction, this.streams.sinkFor(proc));
  }

  /** Closes the byte stream; pending calls fail and 'closed' is emitted with reason 'client'. */
  close(): void {
    this.shutdown('client', 'closed by the client');
  }

  /**
   * Sends queued calls while there is room in flight. Frames leaving together are corked
   * into one write (one syscall for a batch of pipelined calls).
   */
  private pump(): void {
    if (this.receiving) return; // receive() pumps once after handling the whole chunk
    const batch = this.pending.size < this.maxInFlight && this.queue.length > 1;
    if (batch) this.socket.cork();
    while (this.pending.size < this.maxInFlight && this.queue.length > 0 && !this.closedInfo) {
      const call = this.queue.shift();
      if (!call) break;
      const serial = this.allocateSerial();
      let frame: Buffer;
      try {
        frame = encodePacket(
          {
            prog: PROGRAM_REMOTE,
            vers: PROTOCOL_VERSION,
            proc: call.proc,
            type: MessageType.Call,
            serial,
            status: MessageStatus.Ok,
          },
          { codec: call.argCodec, value: call.args },
        );
      } catch (err) {
        call.reject(
          rpcError(`cannot encode the arguments of procedure ${call.proc}: ${String(err)}`),
        );
        continue;
      }
      this.pending.set(serial, call);
      if (call.stream) this.streams.register(serial, call.stream);
      this.socket.write(frame);
    }
    if (batch) this.socket.uncork();
  }

  /** Serials are u32 and wrap; a serial still used by a call or a stream is skipped. */
  private allocateSerial(): number {
    for (;;) {
      const serial = this.nextSerial;
      this.nextSerial = (this.nextSerial + 1) >>> 0;
      if (!this.pending.has(serial) && !this.streams.has(serial)) return serial;
    }
  }

  private receive(chunk: Buffer): void {
    if (this.closedInfo) return;
    this.keepalive?.received();
    let frames: Buffer[];
    try {
      frames = this.frames.push(chunk);
    } catch (err) {
      this.shutdown('error', `malformed data from the daemon: ${(err as Error).message}`);
      return;
    }
    this.receiving = true;
    try {
      for (const frame of frames) {
        if (this.closedInfo) return;
        let packet: Packet;
        try {
          packet = decodePacket(frame);
        } catch (err) {
          this.shutdown('error', `malformed packet from the daemon: ${(err as Error).message}`);
          return;
        }
        this.dispatch(packet);
      }
    } finally {
      this.receiving = false;
    }
    this.pump();
  }

  private dispatch(packet: Packet): void {
    const { header } = packet;
    if (header.prog === PROGRAM_KEEPALIVE) {
      if (header.type === MessageType.Message && header.proc === KEEPALIVE_PING)
        this.sendKeepalive(KEEPALIVE_PONG);
      return;
    }
    if (header.prog !== PROGRAM_REMOTE) return; // another program's traffic: not ours to judge
    switch (header.type) {
      case MessageType.Reply:
      case MessageType.ReplyWithFds:
        this.handleReply(packet);
        return;
      case MessageType.Message:
        this.handleMessage(packet);
        return;
      case MessageType.Stream:
      case MessageType.StreamHole:
        this.streams.route(packet);
        return;
      case MessageType.Call:
      case MessageType.CallWithFds:
        this.shutdown('error', 'the daemon sent a CALL, which a client never receives');
        return;
    }
  }

  private handleReply(packet: Packet): void {
    const { header } = packet;
    const call = this.pending.get(header.serial);
    if (!call) return; // not ours: libvirt's client also drops these
    this.pending.delete(header.serial);
    let offset = 0;
    if (header.type === MessageType.ReplyWithFds) offset = 4; // the fd count; we never ask for fds
    const reader = new XdrReader(packet.payload, offset);
    try {
      if (header.status === MessageStatus.Ok) {
        call.resolve(call.retCodec.decode(reader));
      } else {
        if (call.stream) this.streams.unregister(header.serial);
        call.reject(errorFromRemote(remoteError.decode(reader)));
      }
    } catch (err) {
      if (call.stream) this.streams.unregister(header.serial);
      call.reject(
        rpcError(`cannot decode the reply to procedure ${header.proc}: ${(err as Error).message}`),
      );
    }
  }

  private handleMessage(packet: Packet): void {
    try {
      this.onMessage(packet.header.proc, new XdrReader(packet.payload));
    } catch (err) {
      // A bad event must not take the connection down; report it and carry on.
      process.emitWarning(
        `libvirt event ${packet.header.proc} could not be handled: ${(err as Error).message}`,
      );
    }
  }

  private sendKeepalive(proc: number): void {
    if (this.closedInfo) return;
    this.socket.write(
      encodePacket({
        prog: PROGRAM_KEEPALIVE,
        vers: PROTOCOL_VERSION,
        proc,
        type: MessageType.Message,
        serial: 0,
        status: MessageStatus.Ok,
      }),
    );
  }

  private shutdown(reason: CloseReason, message: string): void {
    if (this.closedInfo) return;
    this.closedInfo = { reason, message };
    this.keepalive?.stop();
    const error: DriverError = connectionClosedError(message);
    const calls = [...this.pending.values(), ...this.queue.drain()];
    this.pending.clear();
    for (const call of calls) call.reject(error);
    this.streams.failAll(error);
    this.socket.destroy();
    this.emit('closed', this.closedInfo);
  }
}

import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import {
  KEEPALIVE_PING,
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
import { Keepalive, PING_FRAME, PONG_FRAME } from './keepalive';
import { RpcStream } from './stream';
import type { StreamDirection } from './stream';
import { StreamMux } from './stream-mux';
import { headerProblem } from './header-check';
import { Deadlines } from './deadlines';
import { formatDuration } from './duration';
import type { CloseReason, ClosedInfo, RpcConnectionOptions } from './options';

export type { CloseReason, ClosedInfo, RpcConnectionOptions } from './options';

/** One call, from the local queue until its reply (a plain record: no closures per call). */
interface Call {
  proc: number;
  argCodec: Codec<unknown>;
  args: unknown;
  retCodec: Codec<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  stream: RpcStream<unknown> | undefined;
  /** When its time is up (ms since the epoch; Infinity for never). */
  deadline: number;
  /** Failed by its deadline while still queued: pump skips it. */
  expired: boolean;
}

/**
 * One RPC conversation with a libvirt daemon over any duplex byte stream. It owns the
 * serials, routes replies (they arrive in any order) to their callers, caps the calls in
 * flight, answers keepalive pings, hands event messages to `onMessage`, and multiplexes
 * streams. When the byte stream ends or misbehaves, every pending call and stream fails
 * with one clear error and 'closed' is emitted once.
 *
 * Keepalive counts only whole usable packets, and packets the client cannot use close
 * the connection after a few.
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
  private readonly maxUnusableFrames: number;
  private readonly procedureName: (proc: number) => string | undefined;
  private unusableFrames = 0;
  /** A PONG is written but not yet flushed: a flood of PINGs gets one answer, not a backlog. */
  private pongWaiting = false;
  private readonly deadlines: Deadlines;
  /**
   * Serials of sent calls whose time ran out. The daemon may still be working on them, so
   * they keep their slot in flight (libvirtd's max_client_requests counts them) until
   * their late reply comes, which is dropped.
   */
  private readonly abandoned = new Set<number>();

  /** Receives every MESSAGE packet of the REMOTE program (events), by procedure number. */
  onMessage: (proc: number, payload: XdrReader) => void = () => undefined;

  constructor(
    private readonly socket: Duplex,
    options: RpcConnectionOptions = {},
  ) {
    super();
    this.maxInFlight = options.maxInFlight ?? 4;
    this.nextSerial = (options.firstSerial ?? 0) >>> 0;
    this.maxUnusableFrames = options.maxUnusableFrames ?? 10;
    this.procedureName = options.procedureName ?? (() => undefined);
    this.deadlines = new Deadlines(options, (now) => this.expire(now));
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
        ping: () => this.write(PING_FRAME),
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
        deadline: this.deadlines.deadlineFor(proc),
        expired: false,
      });
      this.pump();
    });
  }

  /** Creates a stream object bound to this connection; pass it to `call` to open it. */
  createStream<R>(proc: number, direction: StreamDirection): RpcStream<R> {
    return new RpcStream<R>(direction, this.streams.sinkFor(proc));
  }

  /** Closes the byte stream because the peer misbehaved: everything pending fails with `why`. */
  abort(why: string): void {
    this.shutdown('error', why);
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
    const batch = this.inFlight < this.maxInFlight && this.queue.length > 1;
    if (batch) this.socket.cork();
    while (this.inFlight < this.maxInFlight && this.queue.length > 0 && !this.closedInfo) {
      const call = this.queue.shift();
      if (!call) break;
      if (call.expired) continue;
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
      if (!this.pending.has(serial) && !this.streams.has(serial) && !this.abandoned.has(serial))
        return serial;
    }
  }

  private get inFlight(): number {
    return this.pending.size + this.abandoned.size;
  }

  /**
   * Fails the calls whose time is up, sent or queued. When every slot in flight is held by
   * a call the daemon never answered, the connection is stuck: it is closed.
   */
  private expire(now: number): void {
    if (this.closedInfo) return;
    for (const [serial, call] of this.pending) {
      if (call.deadline > now) continue;
      this.pending.delete(serial);
      this.abandoned.add(serial);
      if (call.stream) this.streams.unregister(serial);
      call.reject(this.timeoutError(call));
    }
    this.queue.forEach((call) => {
      if (call.expired || call.deadline > now) return;
      call.expired = true;
      call.reject(this.timeoutError(call));
    });
    if (this.abandoned.size >= this.maxInFlight) {
      this.shutdown(
        'error',
        `the daemon answered none of the last ${this.abandoned.size} calls within ${formatDuration(this.deadlines.limitMs)}`,
      );
    }
  }

  private timeoutError(call: Call): DriverError {
    return rpcError(
      `libvirt did not answer ${this.nameOf(call.proc)} within ${formatDuration(this.deadlines.limitMs)}; the host may be overloaded or stuck. Retry, or reconnect the host if it keeps happening.`,
    );
  }

  private receive(chunk: Buffer): void {
    if (this.closedInfo) return;
    let frames: Buffer[];
    try {
      frames = this.frames.push(chunk);
    } catch (err) {
      this.shutdown('error', `malformed data from the daemon: ${(err as Error).message}`);
      return;
    }
    if (frames.length === 0) {
      this.keepalive?.progress(chunk.length);
      return;
    }
    let alive = false;
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
        if (this.dispatch(packet)) alive = true;
      }
    } finally {
      this.receiving = false;
    }
    // Only packets the client could use prove the daemon is alive.
    if (alive) this.keepalive?.received();
    this.pump();
  }

  /** Handles one packet; false when the client could not use it. */
  private dispatch(packet: Packet): boolean {
    const { header } = packet;
    const problem = headerProblem(header);
    if (problem) {
      this.refuse(packet, problem);
      return false;
    }
    if (header.prog === PROGRAM_KEEPALIVE) {
      if (header.proc === KEEPALIVE_PING) this.sendPong();
      return true;
    }
    switch (header.type) {
      case MessageType.Reply:
      case MessageType.ReplyWithFds:
        return this.handleReply(packet);
      case MessageType.Message:
        this.handleMessage(packet);
        return true;
      case MessageType.Stream:
      case MessageType.StreamHole:
        if (this.streams.route(packet)) return true;
        this.unusable(`stream data for serial ${header.serial}, which is no stream of this client`);
        return false;
      case MessageType.Call:
      case MessageType.CallWithFds:
        this.shutdown('error', 'the daemon sent a CALL, which a client never receives');
        return false;
    }
  }

  /**
   * A packet whose header fails the checks. When it is a reply in the place of a pending
   * call's, that call fails now (the daemon will not send another); then it is counted.
   */
  private refuse(packet: Packet, problem: string): void {
    const { header } = packet;
    const isReply = header.type === MessageType.Reply || header.type === MessageType.ReplyWithFds;
    const call = isReply ? this.pending.get(header.serial) : undefined;
    if (call) {
      this.pending.delete(header.serial);
      if (call.stream) this.streams.unregister(header.serial);
      call.reject(
        rpcError(`the daemon's reply to ${this.nameOf(call.proc)} could not be used: ${problem}`),
      );
    }
    this.unusable(problem);
  }

  /** Counts a packet the client could not use; too many close the connection. */
  private unusable(what: string): void {
    this.unusableFrames += 1;
    if (this.unusableFrames < this.maxUnusableFrames) return;
    this.shutdown(
      'error',
      `the daemon sent ${this.unusableFrames} packets this client cannot use (the last: ${what}); check that the URI points at a libvirt daemon`,
    );
  }

  private handleReply(packet: Packet): boolean {
    const { header } = packet;
    const call = this.pending.get(header.serial);
    if (!call) {
      // The late answer to a call whose time ran out: expected, and proof of life.
      if (this.abandoned.delete(header.serial)) return true;
      this.unusable(`a reply to serial ${header.serial}, for which no call is waiting`);
      return false;
    }
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
        rpcError(`cannot decode the reply to ${this.nameOf(call.proc)}: ${(err as Error).message}`),
      );
    }
    return true;
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

  private write(frame: Buffer): void {
    if (!this.closedInfo) this.socket.write(frame);
  }

  private sendPong(): void {
    if (this.pongWaiting || this.closedInfo) return;
    this.pongWaiting = true;
    this.socket.write(PONG_FRAME, () => {
      this.pongWaiting = false;
    });
  }

  private nameOf(proc: number): string {
    return this.procedureName(proc) ?? `procedure ${proc}`;
  }

  private shutdown(reason: CloseReason, message: string): void {
    if (this.closedInfo) return;
    this.closedInfo = { reason, message };
    this.keepalive?.stop();
    this.deadlines.stop();
    const error: DriverError = connectionClosedError(message);
    // A stream whose opening call has no reply yet was never handed out: it just goes.
    for (const [serial, call] of this.pending) if (call.stream) this.streams.unregister(serial);
    const calls = [...this.pending.values(), ...this.queue.drain()];
    this.pending.clear();
    for (const call of calls) call.reject(error);
    this.streams.failAll(error);
    this.socket.destroy();
    this.emit('closed', this.closedInfo);
  }
}

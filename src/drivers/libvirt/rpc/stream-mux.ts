import type { Duplex } from 'node:stream';
import {
  MessageStatus,
  MessageType,
  PROGRAM_REMOTE,
  PROTOCOL_VERSION,
} from '../protocol/constants';
import { encodePacket } from './packet';
import type { Packet } from './packet';
import type { RpcStream, StreamSink } from './stream';

/** Bytes of stream data allowed to wait in the socket's buffer, so calls are never stuck behind a large upload. */
const STREAM_WRITE_BUDGET = 512 * 1024;
/** Streams that ended recently, whose late packets are expected rather than suspect. */
const RECENT_STREAMS = 64;

/**
 * The streams of one connection: routes STREAM packets to them by serial, writes their
 * data within a small budget of the socket's buffer, and pauses the socket while any
 * stream's consumer is behind.
 */
export class StreamMux {
  private readonly streams = new Map<number, RpcStream<unknown>>();
  private readonly writes: { frame: Buffer; done: () => void }[] = [];
  /** Streams whose consumer is behind; the socket stays paused while any is. */
  private readonly pausedBy = new Set<number>();
  /** Serials of the last streams that ended, oldest first. */
  private readonly ended = new Set<number>();
  private failed = false;

  constructor(
    private readonly socket: Duplex,
    private readonly closedError: () => Error | undefined,
  ) {
    socket.on('drain', () => this.flush());
  }

  has(serial: number): boolean {
    return this.streams.has(serial);
  }

  register(serial: number, stream: RpcStream<unknown>): void {
    this.ended.delete(serial);
    stream.attach(serial);
    this.streams.set(serial, stream);
  }

  unregister(serial: number): void {
    if (!this.streams.delete(serial)) return;
    this.ended.add(serial);
    if (this.ended.size > RECENT_STREAMS) {
      const oldest = this.ended.values().next();
      if (!oldest.done) this.ended.delete(oldest.value);
    }
  }

  /**
   * Hands a STREAM packet to its stream. Late packets of a stream that recently ended are
   * dropped, as libvirt does (data in flight when it was aborted); false means the serial
   * never was a stream of this connection's, a packet the connection cannot use.
   */
  route(packet: Packet): boolean {
    const stream = this.streams.get(packet.header.serial);
    if (stream) {
      stream.receivePacket(packet);
      return true;
    }
    return this.ended.has(packet.header.serial);
  }

  /** What a stream opened by procedure `proc` uses to talk to the connection. */
  sinkFor(proc: number): StreamSink {
    const frame = (serial: number, status: MessageStatus, data?: Uint8Array): Buffer =>
      encodePacket(
        {
          prog: PROGRAM_REMOTE,
          vers: PROTOCOL_VERSION,
          proc,
          type: MessageType.Stream,
          serial,
          status,
        },
        data,
      );
    return {
      sendData: (serial, data, done) => {
        this.writes.push({ frame: frame(serial, MessageStatus.Continue, data), done });
        this.flush();
      },
      sendControl: (serial, status) => {
        if (this.failed) return;
        // Finish and abort go behind any data still waiting, so no data is cut off.
        this.writes.push({ frame: frame(serial, status), done: () => undefined });
        this.flush();
      },
      release: (serial) => this.unregister(serial),
      pauseSource: (serial) => {
        this.pausedBy.add(serial);
        this.socket.pause();
      },
      resumeSource: (serial) => {
        this.pausedBy.delete(serial);
        if (this.pausedBy.size === 0) this.socket.resume();
      },
      closedError: this.closedError,
    };
  }

  /** The connection is gone: every stream fails with `error`, waiting writers are released. */
  failAll(error: Error): void {
    this.failed = true;
    const streams = [...this.streams.values()];
    this.streams.clear();
    for (const s of streams) s.failFromConnection(error);
    for (const w of this.writes.splice(0)) w.done();
  }

  /**
   * Stream data is written only while the socket's own buffer is small, so a call issued
   * meanwhile waits behind at most one budget of data (never behind a whole upload).
   */
  private flush(): void {
    while (
      this.writes.length > 0 &&
      !this.failed &&
      this.socket.writableLength < STREAM_WRITE_BUDGET
    ) {
      const next = this.writes.shift();
      if (!next) break;
      this.socket.write(next.frame);
      next.done();
    }
  }
}

import { Duplex } from 'node:stream';
import type { DuplexOptions } from 'node:stream';
import { MessageStatus, MessageType, STREAM_CHUNK_SIZE } from '../protocol/constants';
import { remoteError } from '../protocol/types';
import { errorFromRemote, rpcError } from '../errors';
import { XdrReader } from '../xdr/reader';
import type { Packet } from './packet';

/** Which way data flows: 'read' daemon to client, 'write' client to daemon, 'both' (consoles). */
export type StreamDirection = 'read' | 'write' | 'both';

/** What a stream needs from its connection. */
export interface StreamSink {
  sendData(serial: number, data: Uint8Array, done: () => void): void;
  sendControl(serial: number, status: MessageStatus.Ok | MessageStatus.Error): void;
  release(serial: number): void;
  closedError(): Error | undefined;
  pauseSource(serial: number): void;
  resumeSource(serial: number): void;
}

/**
 * A libvirt stream (console, channel, volume upload or download, screenshot) as a Node
 * Duplex. A read-only stream has its writable side already ended; a write-only one its
 * readable side.
 *
 * - Data from the daemon is pushed as it arrives. When the consumer falls behind (push
 *   returns false) the connection's socket is paused until it reads again: libvirt has
 *   no per-stream window, so that is the only back-pressure there is. Give big downloads
 *   their own connection so calls on the main one stay quick.
 * - Writes are chunked at libvirt's stream packet size and complete once handed to the
 *   socket within a small budget (see StreamMux), which is the upload back-pressure.
 * - end() sends "finish" and completes when the daemon confirms; an empty packet from the
 *   daemon means EOF and is answered the same way; the readable side ends only after
 *   that confirmation, so 'end' means the transfer really succeeded.
 * - destroy() aborts the stream on the daemon. A STREAM ERROR from the daemon destroys it
 *   with that error.
 *
 * `reply` holds the decoded reply of the call that opened it (e.g. a screenshot's MIME type).
 */
export class RpcStream<R = undefined> extends Duplex {
  reply: R | undefined;
  private serial = -1;
  private finishSent = false;
  private done = false;
  private paused = false;
  private finalCallback: ((err?: Error | null) => void) | undefined;

  constructor(
    readonly direction: StreamDirection,
    private readonly sink: StreamSink,
  ) {
    const options: DuplexOptions & { readable: boolean; writable: boolean } = {
      // A one-way stream starts with its other side already ended (Node supports these
      // two options; its type definitions lag behind).
      readable: direction !== 'write',
      writable: direction !== 'read',
      allowHalfOpen: true,
      // Generous, so the socket (and every call on it) is paused only for a stalled consumer.
      readableHighWaterMark: 4 * 1024 * 1024,
      writableHighWaterMark: STREAM_CHUNK_SIZE,
    };
    super(options);
  }

  /** Called by the connection when the opening call gets its serial. */
  attach(serial: number): void {
    this.serial = serial;
  }

  /** Routes one STREAM or STREAM_HOLE packet of this stream's serial. */
  receivePacket(packet: Packet): void {
    const { type, status } = packet.header;
    if (this.done) return;
    if (type === MessageType.StreamHole) {
      // Dropping a hole would silently corrupt the data, so refuse it loudly.
      this.fail(
        rpcError('sparse streams are not supported; open the stream without the sparse flag'),
      );
      return;
    }
    if (status === MessageStatus.Continue) {
      if (packet.payload.length === 0) {
        this.sendFinish();
        return;
      }
      if (!this.push(packet.payload) && !this.paused) {
        this.paused = true;
        this.sink.pauseSource(this.serial);
      }
      return;
    }
    if (status === MessageStatus.Ok) {
      this.complete();
      return;
    }
    let error: Error;
    try {
      error = errorFromRemote(remoteError.decode(new XdrReader(packet.payload)));
    } catch {
      error = rpcError('the stream failed and the daemon’s error could not be decoded');
    }
    this.markDone();
    this.finalCallback?.(error);
    this.finalCallback = undefined;
    this.destroy(error);
  }

  /** The connection went away. */
  failFromConnection(error: Error): void {
    this.markDone();
    this.finalCallback?.(error);
    this.finalCallback = undefined;
    this.destroy(error);
  }

  /** Aborts the stream on the daemon and fails it locally. */
  private fail(error: Error): void {
    this.destroy(error);
    this.finalCallback?.(error);
    this.finalCallback = undefined;
  }

  override _read(): void {
    if (this.paused) {
      this.paused = false;
      this.sink.resumeSource(this.serial);
    }
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (err?: Error | null) => void,
  ): void {
    if (this.done || this.finishSent) {
      callback(this.sink.closedError() ?? rpcError('the stream is already finished'));
      return;
    }
    let offset = 0;
    const sendNext = (): void => {
      const piece = chunk.subarray(offset, offset + STREAM_CHUNK_SIZE);
      offset += piece.length;
      this.sink.sendData(this.serial, piece, offset < chunk.length ? sendNext : () => callback());
    };
    if (chunk.length === 0) callback();
    else sendNext();
  }

  override _final(callback: (err?: Error | null) => void): void {
    if (this.done) {
      callback();
      return;
    }
    this.finalCallback = callback;
    this.sendFinish();
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    if (!this.done) {
      // Abort on the daemon; its confirmation is a late packet for a released serial.
      if (!this.finishSent) this.sink.sendControl(this.serial, MessageStatus.Error);
      this.markDone();
    }
    callback(err);
  }

  private sendFinish(): void {
    if (this.finishSent) return;
    this.finishSent = true;
    this.sink.sendControl(this.serial, MessageStatus.Ok);
  }

  private complete(): void {
    this.markDone();
    if (this.readable) this.push(null);
    if (this.writable && !this.writableEnded) this.end(); // the daemon ended it: nothing more can be sent
    this.finalCallback?.();
    this.finalCallback = undefined;
  }

  private markDone(): void {
    if (this.done) return;
    this.done = true;
    if (this.paused) {
      this.paused = false;
      this.sink.resumeSource(this.serial);
    }
    this.sink.release(this.serial);
  }
}

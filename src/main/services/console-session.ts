import type { Duplex } from 'node:stream';
import type { ConsoleCloseReason } from '../../shared/console';

/** Where a session's output and its end go (the EventHub, aimed at one client). */
export interface ConsoleSessionSink {
  output(bytes: Buffer): void;
  closed(reason: ConsoleCloseReason, message: string): void;
}

export interface FlowLimits {
  /** Bytes sent but not yet acknowledged before sending stops. */
  windowBytes: number;
  /** Bytes held while the window is full; beyond this, output is dropped and counted. */
  maxQueuedBytes: number;
  /** The largest output event. */
  maxEventBytes: number;
}

/**
 * One open console: a driver stream relayed to one client with credit-based flow control.
 *
 * Why output is dropped rather than the stream paused when a window falls behind: libvirt
 * has no per-stream flow control, so pausing a console stream eventually pauses the whole
 * host connection (every call and event of that host). A serial line drops what nobody
 * reads too. What was dropped is said in the terminal once the window catches up.
 */
export class ConsoleStreamSession {
  #unacked = 0;
  #queue: Buffer[] = [];
  #queuedBytes = 0;
  #droppedBytes = 0;
  #flushScheduled = false;
  #ended = false;
  /** Set by whoever first learns why the stream is ending (the VM, the host, the client). */
  #reason: { reason: ConsoleCloseReason; message: string } | undefined;

  constructor(
    readonly id: string,
    readonly clientId: string,
    readonly stream: Duplex,
    private readonly sink: ConsoleSessionSink,
    private readonly limits: FlowLimits,
    /** Decides why the stream ended when nobody said so (looks the VM up). */
    private readonly explainEnd: (
      error: Error | undefined,
    ) => Promise<{ reason: ConsoleCloseReason; message: string }>,
  ) {
    stream.on('data', (chunk: Buffer) => this.#take(chunk));
    let streamError: Error | undefined;
    stream.on('error', (error) => (streamError = error));
    stream.once('end', () => void this.#streamEnded(undefined));
    stream.once('close', () => void this.#streamEnded(streamError));
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Sends input to the guest; resolves once the stream has taken it. */
  write(text: string): Promise<void> {
    if (this.#ended || !this.stream.writable) return Promise.reject(new Error('ended'));
    return new Promise((resolve, reject) => {
      this.stream.write(Buffer.from(text, 'utf8'), (error) => (error ? reject(error) : resolve()));
    });
  }

  /** The client has drawn this many bytes: send more. */
  ack(bytes: number): void {
    this.#unacked = Math.max(0, this.#unacked - bytes);
    this.#scheduleFlush();
  }

  /**
   * Ends the session for a known reason: what output is held is sent, then the closing
   * event; the stream is finished (freeing the console on the host at once), or aborted
   * when it does not finish in time. Resolves once the host has let go of the console.
   */
  finish(reason: ConsoleCloseReason, message: string): Promise<void> {
    this.#reason ??= { reason, message };
    if (!this.#ended) this.#end();
    const { stream } = this;
    if (stream.destroyed || stream.writableFinished) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(abort);
        resolve();
      };
      const abort = setTimeout(() => stream.destroy(), 2000);
      abort.unref?.();
      stream
        .once('finish', done)
        .once('close', done)
        .once('error', () => undefined);
      if (stream.writable) stream.end();
      else stream.destroy();
    });
  }

  /** Remembers why the stream is about to end, e.g. the VM stopped; output may still come. */
  expectEnd(reason: ConsoleCloseReason, message: string): void {
    this.#reason ??= { reason, message };
  }

  #take(chunk: Buffer): void {
    if (this.#ended) return;
    if (this.#queuedBytes + chunk.length > this.limits.maxQueuedBytes) {
      this.#droppedBytes += chunk.length;
      return;
    }
    this.#queue.push(chunk);
    this.#queuedBytes += chunk.length;
    this.#scheduleFlush();
  }

  /** Batches what arrived in one turn of the event loop into one event. */
  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#ended) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      if (!this.#ended) this.#flush(false);
    });
  }

  #flush(ignoreWindow: boolean): void {
    while (this.#queuedBytes > 0) {
      const credit = ignoreWindow ? Infinity : this.limits.windowBytes - this.#unacked;
      const size = Math.min(credit, this.limits.maxEventBytes, this.#queuedBytes);
      if (size <= 0) return;
      const all = Buffer.concat(this.#queue);
      this.#queue = size < all.length ? [all.subarray(size)] : [];
      this.#queuedBytes -= size;
      this.#unacked += size;
      this.sink.output(all.subarray(0, size));
    }
    if (this.#droppedBytes > 0) {
      const note = `\r\n[${this.#droppedBytes} bytes of output were skipped: the window fell behind]\r\n`;
      this.#droppedBytes = 0;
      this.sink.output(Buffer.from(note));
    }
  }

  async #streamEnded(error: Error | undefined): Promise<void> {
    if (this.#ended) return;
    const explained = this.#reason ?? (await this.explainEnd(error));
    this.#reason ??= explained;
    if (this.#ended) return;
    this.#end();
    // The guest's side ended; let go of the other direction too.
    if (!this.stream.destroyed) this.stream.destroy();
  }

  #end(): void {
    this.#ended = true;
    this.#flush(true);
    const { reason, message } = this.#reason ?? { reason: 'closed', message: 'disconnected' };
    this.sink.closed(reason, message);
  }
}

import type { Duplex } from 'node:stream';

/** The window's end of a display session: a WebSocket, seen through what the bridge needs. */
export interface DisplayPeer {
  /** Sends one binary message; `sent` runs once it has left the process. */
  send(bytes: Buffer, sent: () => void): void;
  /** Bytes queued for the window and not yet sent. */
  bufferedAmount(): number;
  /** Stops and restarts reading the window's messages (the VM's side is slow). */
  pause(): void;
  resume(): void;
  close(message: string): void;
}

/** Above this many unsent bytes to the window, reading from the VM stops until it drains. */
const HIGH_WATER_BYTES = 2 * 1024 * 1024;
const LOW_WATER_BYTES = 256 * 1024;

/**
 * Copies bytes both ways between a VM's display stream and a window's socket, with
 * back-pressure on both sides. When the display stream ends by itself, `ended` runs and
 * the owner, once it knows why, calls `close` to tell the window.
 */
export class DisplayBridge {
  #closed = false;

  constructor(
    private readonly stream: Duplex,
    private readonly peer: DisplayPeer,
    ended: (error: Error | undefined) => void,
  ) {
    stream.on('data', (chunk: Buffer) => {
      peer.send(chunk, () => {
        if (stream.isPaused() && peer.bufferedAmount() < LOW_WATER_BYTES) stream.resume();
      });
      if (peer.bufferedAmount() > HIGH_WATER_BYTES) stream.pause();
    });
    let failure: Error | undefined;
    stream.on('error', (error: Error) => (failure = error));
    // The VM's side ending its half is the end: RFB has no use for a half-open stream.
    let reported = false;
    const report = (): void => {
      if (reported || this.#closed) return;
      reported = true;
      ended(failure);
    };
    stream.once('end', report);
    stream.once('close', report);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Bytes from the window (keys, pointer, clipboard, RFB replies) go to the VM. */
  receive(bytes: Buffer): void {
    if (this.#closed || this.stream.destroyed) return;
    if (!this.stream.write(bytes)) {
      this.peer.pause();
      this.stream.once('drain', () => this.peer.resume());
    }
  }

  /** Ends both sides; `message` tells the window why (also sent as a contract event). */
  close(message: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.stream.destroy();
    this.peer.close(message);
  }
}

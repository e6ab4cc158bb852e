import {
  CONSOLE_MAX_INPUT_CHARS,
  CONSOLE_WINDOW_BYTES,
  type ConsoleCloseReason,
} from '../../../shared/console';
import { AppError } from '../../../shared/errors';
import type { ContractClient } from '../../../shared/ipc/client';
import type { EventPayload } from '../../../shared/ipc/contract';
import { errorMessage } from '../../app/error-message';

export type ConsoleStatus =
  | { state: 'disconnected'; reason?: ConsoleCloseReason; message?: string }
  | { state: 'connecting' }
  | { state: 'connected'; vmName: string }
  /** Another client holds the console: offer to take it over. */
  | { state: 'busy'; message: string }
  | { state: 'failed'; message: string };

/** Where output is drawn: the terminal, which calls `drawn` once it has parsed the bytes. */
export interface ConsoleScreen {
  write(data: Uint8Array | string, drawn?: () => void): void;
  /** The selected text, for the Copy button. */
  selection?(): string;
  focus?(): void;
}

/** Acknowledge drawn output in batches: per this many bytes, or after a short pause. */
const ACK_BATCH_BYTES = 16 * 1024;
const ACK_DELAY_MS = 50;

/**
 * One console of one VM in the window, apart from React and xterm so it can be tested:
 * opens and closes the session, feeds output to the screen (held until a screen is there)
 * and acknowledges what the screen has drawn, and sends input in order.
 */
export class ConsoleConnection {
  #status: ConsoleStatus = { state: 'disconnected' };
  #sessionId: string | undefined;
  #screen: ConsoleScreen | undefined;
  #held: Uint8Array[] = [];
  #unacked = 0;
  #ackTimer: ReturnType<typeof setTimeout> | undefined;
  #input: Promise<void> = Promise.resolve();
  /** Counts disconnects, so an open that answers after one is closed again. */
  #generation = 0;
  /** Events for sessions whose open has not answered yet (output may come first). */
  #early: (EventPayload<'console.output'> | EventPayload<'console.closed'>)[] = [];
  readonly #listeners = new Set<(status: ConsoleStatus) => void>();

  constructor(
    private readonly client: ContractClient,
    private readonly target: { hostId: string; uuid: string },
  ) {}

  /**
   * Listens to the host's console events while the view is shown; the returned function
   * closes the session and stops listening (the view is going away).
   */
  listen(): () => void {
    const offOutput = this.client.on('console.output', (event) => this.#onOutput(event));
    const offClosed = this.client.on('console.closed', (event) => this.#onClosed(event));
    return () => {
      offOutput();
      offClosed();
      clearTimeout(this.#ackTimer);
      this.#ackTimer = undefined;
      void this.disconnect();
    };
  }

  get status(): ConsoleStatus {
    return this.#status;
  }

  onStatus(listener: (status: ConsoleStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The terminal drawing this console, while there is one. */
  get screen(): ConsoleScreen | undefined {
    return this.#screen;
  }

  /** Draws on `screen` from now on, starting with what arrived before it existed. */
  attach(screen: ConsoleScreen | undefined): void {
    this.#screen = screen;
    if (!screen) return;
    for (const bytes of this.#held.splice(0)) this.#draw(bytes);
  }

  async connect(force = false): Promise<void> {
    if (this.#status.state === 'connecting' || this.#status.state === 'connected') return;
    this.#setStatus({ state: 'connecting' });
    this.#early = [];
    const generation = this.#generation;
    try {
      const info = await this.client.invoke('console.open', { ...this.target, force });
      if (generation !== this.#generation) {
        // Disconnected (or the view went) while opening: let the console go at once.
        await this.client.invoke('console.close', { sessionId: info.sessionId });
        return;
      }
      this.#sessionId = info.sessionId;
      this.#unacked = 0;
      this.#setStatus({ state: 'connected', vmName: info.vmName });
      for (const event of this.#early.splice(0)) {
        if ('data' in event) this.#onOutput(event);
        else this.#onClosed(event);
      }
    } catch (error) {
      if (generation !== this.#generation) return;
      const busy = error instanceof AppError && error.code === 'busy';
      this.#setStatus({ state: busy ? 'busy' : 'failed', message: errorMessage(error) });
    }
  }

  async disconnect(): Promise<void> {
    this.#generation++;
    const sessionId = this.#sessionId;
    this.#sessionId = undefined;
    this.#setStatus({ state: 'disconnected' });
    if (sessionId !== undefined)
      await this.client.invoke('console.close', { sessionId }).catch(() => undefined);
  }

  /** Sends keys or pasted text; pieces go one after another, in order. */
  write(text: string): void {
    const sessionId = this.#sessionId;
    if (sessionId === undefined || text === '') return;
    for (let at = 0; at < text.length; at += CONSOLE_MAX_INPUT_CHARS) {
      const data = text.slice(at, at + CONSOLE_MAX_INPUT_CHARS);
      this.#input = this.#input
        .then(() => this.client.invoke('console.write', { sessionId, data }))
        .then(
          () => undefined,
          () => undefined, // the session ended; its closed event says why
        );
    }
  }

  #onOutput(event: EventPayload<'console.output'>): void {
    if (this.#status.state === 'connecting') this.#early.push(event);
    if (event.sessionId !== this.#sessionId) return;
    const bytes = decodeBase64(event.data);
    if (this.#screen) this.#draw(bytes);
    else this.#held.push(bytes);
  }

  #onClosed(event: EventPayload<'console.closed'>): void {
    if (this.#status.state === 'connecting') this.#early.push(event);
    if (event.sessionId !== this.#sessionId) return;
    this.#sessionId = undefined;
    const line = `\r\n[${event.message}]\r\n`;
    if (this.#screen) this.#screen.write(line);
    else this.#held.push(new TextEncoder().encode(line));
    this.#setStatus({ state: 'disconnected', reason: event.reason, message: event.message });
  }

  #draw(bytes: Uint8Array): void {
    const sessionId = this.#sessionId;
    this.#screen?.write(bytes, () => {
      if (sessionId === this.#sessionId) this.#drawn(bytes.length);
    });
  }

  #drawn(bytes: number): void {
    this.#unacked += bytes;
    if (this.#unacked >= ACK_BATCH_BYTES) this.#sendAck();
    else this.#ackTimer ??= setTimeout(() => this.#sendAck(), ACK_DELAY_MS);
  }

  #sendAck(): void {
    clearTimeout(this.#ackTimer);
    this.#ackTimer = undefined;
    const sessionId = this.#sessionId;
    // Never more than the host's window: anything beyond it (the last words of a session)
    // needs no acknowledgement.
    const bytes = Math.min(this.#unacked, CONSOLE_WINDOW_BYTES);
    this.#unacked = 0;
    if (sessionId === undefined || bytes === 0) return;
    void this.client.invoke('console.ack', { sessionId, bytes }).catch(() => undefined);
  }

  #setStatus(status: ConsoleStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}

function decodeBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

import type { EventName, EventPayload } from '../../shared/ipc/contract';

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Fans contract events out to every connected shell (Electron windows, WebSocket clients,
 * in-process test clients). Services emit; shells subscribe.
 *
 * A sink subscribed with a client id is one window or socket: events for that client alone
 * (a console's output) go to it by `emitTo`, and when it unsubscribes, whatever it held
 * (console sessions) is released through `onClientGone`.
 */
export class EventHub {
  readonly #sinks = new Set<EventSink>();
  readonly #clients = new Map<string, EventSink>();
  readonly #goneListeners = new Set<(clientId: string) => void>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const sink of this.#sinks) sink(event, payload);
  }

  /** Sends an event to one client only; nothing happens when it has gone. */
  emitTo<E extends EventName>(clientId: string, event: E, payload: EventPayload<E>): void {
    this.#clients.get(clientId)?.(event, payload);
  }

  subscribe(sink: EventSink, clientId?: string): () => void {
    this.#sinks.add(sink);
    if (clientId !== undefined) this.#clients.set(clientId, sink);
    return () => {
      this.#sinks.delete(sink);
      if (clientId === undefined || this.#clients.get(clientId) !== sink) return;
      this.#clients.delete(clientId);
      for (const listener of this.#goneListeners) listener(clientId);
    };
  }

  /** Called with a client's id once its window or socket has gone. */
  onClientGone(listener: (clientId: string) => void): () => void {
    this.#goneListeners.add(listener);
    return () => this.#goneListeners.delete(listener);
  }
}

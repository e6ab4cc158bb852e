import type { EventName, EventPayload } from '../../shared/ipc/contract';

export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Fans contract events out to every connected shell (Electron windows, WebSocket clients,
 * in-process test clients). Services emit; shells subscribe.
 */
export class EventHub {
  readonly #sinks = new Set<EventSink>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const sink of this.#sinks) sink(event, payload);
  }

  subscribe(sink: EventSink): () => void {
    this.#sinks.add(sink);
    return () => this.#sinks.delete(sink);
  }
}

import { int } from './xdr/codec';
import type { XdrReader } from './xdr/reader';
import {
  CLOSE_REASONS,
  CONNECTION_CLOSED_MESSAGE,
  EVENT_DECODERS,
  EVENT_FAMILIES,
  eventSpec,
} from './procedures/events';
import type { EventKind, LibvirtEvent } from './procedures/events';
import type { CloseReason } from './rpc/connection';
import type { LibvirtClient } from './client';

export type EventOf<K extends EventKind> = Extract<LibvirtEvent, { kind: K }>;
/** Kept for callers written against domain events only. */
export type DomainEventOf<K extends EventKind> = EventOf<K>;
export type Unsubscribe = () => Promise<void>;

/**
 * Events (domains, networks, storage pools, node devices, secrets) with local fan-out. The daemon refuses a second registration of the
 * same event id on one connection, so each kind is registered once, for all domains, the
 * first time someone subscribes, and deregistered when the last listener leaves. As each
 * kind has one registration, an event's procedure number says whom it is for: callback
 * ids (the daemon's counters, shared by all its connections) are only kept to
 * deregister. Unknown event procedures are ignored, never fatal.
 */
export class EventHub {
  private readonly listeners = new Map<EventKind, Set<(event: LibvirtEvent) => void>>();
  private readonly registrations = new Map<EventKind, Promise<number>>();
  /** Deregistrations still in flight: a new registration of the kind waits for them. */
  private readonly deregistrations = new Map<EventKind, Promise<void>>();

  constructor(private readonly client: LibvirtClient) {}

  /** Subscribes to one kind of event, for every object. Resolves once the daemon has registered it. */
  async subscribe<K extends EventKind>(
    kind: K,
    listener: (event: EventOf<K>) => void,
  ): Promise<Unsubscribe> {
    const set = this.listeners.get(kind) ?? new Set();
    this.listeners.set(kind, set);
    const wrapped = listener as (event: LibvirtEvent) => void;
    set.add(wrapped);
    let registration = this.registrations.get(kind);
    if (!registration) {
      const previous = this.deregistrations.get(kind) ?? Promise.resolve();
      registration = previous.catch(() => undefined).then(() => this.register(kind));
      this.registrations.set(kind, registration);
      registration.catch(() => this.registrations.delete(kind));
    }
    try {
      await registration;
    } catch (err) {
      set.delete(wrapped);
      throw err;
    }
    return async () => {
      set.delete(wrapped);
      if (set.size === 0) await this.deregister(kind);
    };
  }

  /** Subscribes one listener to several kinds; the returned function removes all of them. */
  async subscribeMany<K extends EventKind>(
    kinds: readonly K[],
    listener: (event: EventOf<K>) => void,
  ): Promise<Unsubscribe> {
    const offs = await Promise.all(kinds.map((k) => this.subscribe(k, listener)));
    return async () => {
      await Promise.all(offs.map((off) => off()));
    };
  }

  /**
   * Handles one MESSAGE packet. Returns the daemon's close reason when the packet is the
   * connection-closed notice.
   */
  handleMessage(proc: number, payload: XdrReader): CloseReason | undefined {
    if (proc === CONNECTION_CLOSED_MESSAGE) return CLOSE_REASONS[int.decode(payload)] ?? 'error';
    const decoder = EVENT_DECODERS.get(proc);
    if (!decoder) return undefined;
    const event = { kind: decoder.kind, ...decoder.codec.decode(payload) } as LibvirtEvent;
    for (const listener of this.listeners.get(decoder.kind) ?? []) {
      try {
        listener(event);
      } catch (err) {
        process.emitWarning(`a libvirt ${decoder.kind} event listener threw: ${String(err)}`);
      }
    }
    return undefined;
  }

  /** Deregisters everything on the daemon (used by close()). */
  async clear(): Promise<void> {
    const kinds = [...this.registrations.keys()];
    this.listeners.clear();
    await Promise.all(kinds.map((k) => this.deregister(k)));
  }

  private register(kind: EventKind): Promise<number> {
    const { family, id } = eventSpec(kind);
    const register = this.client[EVENT_FAMILIES[family][0]] as (
      eventID: number,
      filter: null,
    ) => Promise<number>;
    return register.call(this.client, id, null);
  }

  private async deregister(kind: EventKind): Promise<void> {
    const registration = this.registrations.get(kind);
    if (!registration) return;
    this.registrations.delete(kind);
    const done = (async () => {
      const callbackID = await registration;
      if (this.client.closed) return;
      const deregister = this.client[EVENT_FAMILIES[eventSpec(kind).family][1]] as (
        callbackID: number,
      ) => Promise<unknown>;
      await deregister.call(this.client, callbackID);
    })();
    this.deregistrations.set(kind, done);
    try {
      await done;
    } finally {
      if (this.deregistrations.get(kind) === done) this.deregistrations.delete(kind);
    }
  }
}

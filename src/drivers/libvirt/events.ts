import { int } from './xdr/codec';
import type { XdrReader } from './xdr/reader';
import {
  CLOSE_REASONS,
  CONNECTION_CLOSED_MESSAGE,
  DOMAIN_EVENTS,
  DOMAIN_EVENT_DECODERS,
} from './procedures/events';
import type { DomainEvent, DomainEventKind } from './procedures/events';
import type { CloseReason } from './rpc/connection';
import type { LibvirtClient } from './client';

export type DomainEventOf<K extends DomainEventKind> = Extract<DomainEvent, { kind: K }>;
export type Unsubscribe = () => Promise<void>;

/**
 * Domain events with local fan-out. The daemon refuses a second registration of the
 * same event id on one connection, so each kind is registered once, for all domains, the
 * first time someone subscribes, and deregistered when the last listener leaves. As each
 * kind has one registration, an event's procedure number says whom it is for: callback
 * ids (the daemon's counters, shared by all its connections) are only kept to
 * deregister. Unknown event procedures are ignored, never fatal.
 */
export class DomainEventHub {
  private readonly listeners = new Map<DomainEventKind, Set<(event: DomainEvent) => void>>();
  private readonly registrations = new Map<DomainEventKind, Promise<number>>();

  constructor(private readonly client: LibvirtClient) {}

  /** Subscribes to one kind of domain event, for every domain. Resolves once the daemon has registered it. */
  async subscribe<K extends DomainEventKind>(
    kind: K,
    listener: (event: DomainEventOf<K>) => void,
  ): Promise<Unsubscribe> {
    const set = this.listeners.get(kind) ?? new Set();
    this.listeners.set(kind, set);
    const wrapped = listener as (event: DomainEvent) => void;
    set.add(wrapped);
    let registration = this.registrations.get(kind);
    if (!registration) {
      registration = this.client.connectDomainEventCallbackRegisterAny(
        DOMAIN_EVENTS[kind].id,
        null,
      );
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
  async subscribeMany(
    kinds: readonly DomainEventKind[],
    listener: (event: DomainEvent) => void,
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
    const decoder = DOMAIN_EVENT_DECODERS.get(proc);
    if (!decoder) return undefined;
    const event = { kind: decoder.kind, ...decoder.codec.decode(payload) } as DomainEvent;
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

  private async deregister(kind: DomainEventKind): Promise<void> {
    const registration = this.registrations.get(kind);
    if (!registration) return;
    this.registrations.delete(kind);
    const callbackID = await registration;
    if (!this.client.closed) await this.client.connectDomainEventCallbackDeregisterAny(callbackID);
  }
}

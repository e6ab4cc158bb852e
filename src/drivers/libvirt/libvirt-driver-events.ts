import { DOMAIN_EVENT_KINDS, LIFECYCLE_EVENTS_BY_NUMBER } from '../driver';
import type { DriverEvent } from '../driver';
import type { LibvirtClient } from './client';
import type { DomainEvent, DomainEventKind } from './procedures/events';
import { uuidToString } from './protocol/types';
import type { Unsubscribe } from './events';

/** The domain events a Driver reports; the daemon is asked for these kinds only. */
export const DRIVER_EVENT_KINDS = DOMAIN_EVENT_KINDS satisfies readonly DomainEventKind[];

type DriverEventKind = (typeof DRIVER_EVENT_KINDS)[number];
type ModelledDomainEvent = Extract<DomainEvent, { kind: DriverEventKind }>;

function isModelled(event: DomainEvent): event is ModelledDomainEvent {
  return (DRIVER_EVENT_KINDS as readonly DomainEventKind[]).includes(event.kind);
}

/** A libvirt domain event as a DriverEvent, or undefined for one the Driver does not model. */
export function driverEventFromDomainEvent(event: DomainEvent): DriverEvent | undefined {
  if (!isModelled(event)) return undefined;
  switch (event.kind) {
    case 'lifecycle': {
      const lifecycle = LIFECYCLE_EVENTS_BY_NUMBER[event.event];
      if (!lifecycle) return undefined; // a newer daemon's event type
      return { kind: 'lifecycle', ...subject(event), event: lifecycle, detail: event.detail };
    }
    case 'reboot':
      return { kind: 'reboot', ...subject(event) };
    case 'device-added':
    case 'device-removed':
    case 'device-removal-failed':
      return { kind: event.kind, ...subject(event), alias: event.devAlias };
    case 'metadata-change':
      return { kind: 'metadata-change', ...subject(event), type: event.type, nsuri: event.nsuri };
  }
}

function subject(event: { dom: { name: string; uuid: Uint8Array } }): {
  uuid: string;
  name: string;
} {
  return { uuid: uuidToString(event.dom.uuid), name: event.dom.name };
}

/**
 * The Driver's listeners and their one set of daemon registrations: registered when the
 * first listener arrives, deregistered when the last one leaves. `settled` resolves once
 * the registrations the current listeners need are in place; the driver awaits it before
 * each call, so a listener added before an operation always sees that operation's events.
 */
export class DriverEventFanout {
  private readonly listeners = new Set<(event: DriverEvent) => void>();
  private registration: Promise<Unsubscribe | undefined> | undefined;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly client: LibvirtClient) {
    client.onClosed(({ reason, message }) => this.emit({ kind: 'closed', reason, message }));
  }

  /** Resolves when registration changes in flight have reached the daemon. Never rejects. */
  get settled(): Promise<unknown> {
    return this.pending;
  }

  add(listener: (event: DriverEvent) => void): () => void {
    this.listeners.add(listener);
    if (!this.registration && !this.client.closed) {
      // After any deregistration still in flight: the daemon refuses a second
      // registration of the same event on one connection.
      this.registration = this.pending
        .then(() =>
          this.client.events.subscribeMany(DRIVER_EVENT_KINDS, (event) => {
            const mapped = driverEventFromDomainEvent(event);
            if (mapped) this.emit(mapped);
          }),
        )
        .catch((error: unknown) => {
          process.emitWarning(`libvirt events could not be registered: ${String(error)}`);
          return undefined;
        });
      this.pending = this.registration;
    }
    return () => this.remove(listener);
  }

  private remove(listener: (event: DriverEvent) => void): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
    const registration = this.registration;
    this.registration = undefined;
    if (!registration) return;
    this.pending = registration
      .then((unsubscribe) => (this.client.closed ? undefined : unsubscribe?.()))
      .catch((error: unknown) =>
        process.emitWarning(`libvirt events could not be deregistered: ${String(error)}`),
      );
  }

  private emit(event: DriverEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        process.emitWarning(`a driver event listener threw: ${String(error)}`);
      }
    }
  }
}

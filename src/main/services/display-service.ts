import { randomBytes, randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { DriverError, type Driver, type DriverEvent } from '../../drivers/driver';
import {
  DISPLAY_TICKET_TTL_MS,
  type DisplayCloseReason,
  type DisplaySessionInfo,
} from '../../shared/display';
import { VirErr } from '../../shared/libvirt-errors';
import type { EventHub } from '../ipc/event-hub';
import { DisplayBridge, type DisplayPeer } from './display-bridge';
import { checkDisplayTarget } from './display-checks';
import type { HostRegistry } from './host-registry';

interface DisplaySession {
  id: string;
  clientId: string;
  uuid: string;
  driver: Driver;
  hostName: string;
  stream: Duplex;
  /** Set once the window's WebSocket has come with the ticket. */
  bridge?: DisplayBridge;
  ticketTimer: ReturnType<typeof setTimeout>;
  unsubscribe: () => void;
  ended: boolean;
}

/**
 * The graphical consoles open in windows. display.open connects to the VM's VNC server at
 * once (so a refusal is the call's answer) and keeps the stream for a one-time ticket; the
 * shell's WebSocket then redeems the ticket and bytes flow through a DisplayBridge. A
 * session ends when its window closes it or goes, the VM stops, the host connection
 * drops, or the VM's display server hangs up; the window hears why by `display.closed`.
 */
export class DisplayService {
  readonly #sessions = new Map<string, DisplaySession>();
  readonly #byTicket = new Map<string, DisplaySession>();
  /** Where the shell serves display sockets, when not on the page's own origin (Electron). */
  endpoint: string | undefined;

  constructor(
    private readonly hosts: HostRegistry,
    private readonly events: EventHub,
    private readonly ticketTtlMs = DISPLAY_TICKET_TTL_MS,
  ) {
    events.onClientGone((clientId) => this.closeClient(clientId));
  }

  async open(clientId: string, hostId: string, uuid: string): Promise<DisplaySessionInfo> {
    const host = this.hosts.session(hostId);
    const record = await checkDisplayTarget(host.driver, uuid);
    const stream = await host.driver.openGraphics(uuid);
    const ticket = randomBytes(24).toString('base64url');
    const session: DisplaySession = {
      id: randomUUID(),
      clientId,
      uuid,
      driver: host.driver,
      hostName: host.name,
      stream,
      ended: false,
      ticketTimer: setTimeout(() => {
        this.#finish(session, 'error', 'the window did not connect to the display in time');
      }, this.ticketTtlMs),
      unsubscribe: host.driver.onEvent((event) => this.#onDriverEvent(session, event)),
    };
    session.ticketTimer.unref?.();
    // Before the window comes, an error only ends the session (and keeps the process up).
    stream.once('error', () => undefined);
    stream.once('close', () => {
      if (!session.bridge) void this.#explainEnd(session, undefined);
    });
    this.#sessions.set(session.id, session);
    this.#byTicket.set(ticket, session);
    return {
      sessionId: session.id,
      ticket,
      vmName: record.name,
      ...(this.endpoint !== undefined ? { url: this.endpoint } : {}),
    };
  }

  /** Whether a ticket is waiting for its socket (checked before a WebSocket upgrade). */
  hasTicket(ticket: string): boolean {
    return this.#byTicket.has(ticket);
  }

  /**
   * Redeems a ticket for the window's socket and starts copying bytes. Returns the bridge,
   * or undefined for an unknown, used or expired ticket (the shell then refuses the socket).
   */
  attach(ticket: string, peer: DisplayPeer): DisplayBridge | undefined {
    const session = this.#byTicket.get(ticket);
    this.#byTicket.delete(ticket);
    if (!session || session.ended) return undefined;
    clearTimeout(session.ticketTimer);
    session.bridge = new DisplayBridge(session.stream, peer, (error) => {
      void this.#explainEnd(session, error);
    });
    return session.bridge;
  }

  /** The window's socket closed: the session is over. */
  peerGone(bridge: DisplayBridge): void {
    const session = [...this.#sessions.values()].find((entry) => entry.bridge === bridge);
    if (session) this.#finish(session, 'closed', 'disconnected');
  }

  close(clientId: string, sessionId: string): void {
    const session = this.#sessions.get(sessionId);
    if (session?.clientId === clientId) this.#finish(session, 'closed', 'disconnected');
  }

  closeClient(clientId: string): void {
    for (const session of [...this.#sessions.values()]) {
      if (session.clientId === clientId) this.#finish(session, 'closed', 'disconnected');
    }
  }

  closeAll(): void {
    for (const session of [...this.#sessions.values()])
      this.#finish(session, 'closed', 'Virtdeck is closing');
  }

  /** How many sessions are open (for tests and diagnostics). */
  get size(): number {
    return this.#sessions.size;
  }

  #finish(session: DisplaySession, reason: DisplayCloseReason, message: string): void {
    if (session.ended) return;
    session.ended = true;
    clearTimeout(session.ticketTimer);
    session.unsubscribe();
    this.#sessions.delete(session.id);
    for (const [ticket, entry] of this.#byTicket)
      if (entry === session) this.#byTicket.delete(ticket);
    if (session.bridge) session.bridge.close(message);
    else session.stream.destroy();
    this.events.emitTo(session.clientId, 'display.closed', {
      sessionId: session.id,
      reason,
      message,
    });
  }

  #onDriverEvent(session: DisplaySession, event: DriverEvent): void {
    const hostName = session.hostName;
    if (event.kind === 'closed') {
      const why =
        event.reason === 'client'
          ? `${hostName} was disconnected`
          : `lost the connection to ${hostName}`;
      this.#finish(session, 'host-disconnected', why);
    } else if (event.kind === 'lifecycle' && event.uuid === session.uuid) {
      if (event.event === 'stopped' || event.event === 'crashed')
        this.#finish(session, 'vm-stopped', 'the VM stopped');
    }
  }

  /** Why a display stream ended when no event said so: the VM's state tells. */
  async #explainEnd(session: DisplaySession, error: Error | undefined): Promise<void> {
    if (session.ended) return;
    try {
      const record = await session.driver.lookupDomain(session.uuid);
      if (record.state !== 'running' && record.state !== 'paused') {
        return this.#finish(session, 'vm-stopped', 'the VM stopped');
      }
    } catch (lookupError) {
      if (lookupError instanceof DriverError && lookupError.code === VirErr.NO_DOMAIN) {
        return this.#finish(session, 'vm-stopped', 'the VM stopped');
      }
      return this.#finish(
        session,
        'host-disconnected',
        `lost the connection to ${session.hostName}`,
      );
    }
    this.#finish(
      session,
      error ? 'error' : 'ended',
      error
        ? `the display connection failed: ${error.message}`
        : "the VM's display server closed the connection",
    );
  }
}

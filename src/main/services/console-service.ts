import { randomUUID } from 'node:crypto';
import type { Driver, DriverEvent } from '../../drivers/driver';
import { DriverError } from '../../drivers/driver';
import {
  CONSOLE_WINDOW_BYTES,
  type ConsoleCloseReason,
  type ConsoleSessionInfo,
} from '../../shared/console';
import { AppError } from '../../shared/errors';
import { VirErr } from '../../shared/libvirt-errors';
import type { EventHub } from '../ipc/event-hub';
import { checkConsoleTarget, consoleBusyError, isConsoleBusy } from './console-checks';
import { ConsoleStreamSession, type FlowLimits } from './console-session';
import type { HostRegistry } from './host-registry';

const DEFAULT_LIMITS: FlowLimits = {
  windowBytes: CONSOLE_WINDOW_BYTES,
  maxQueuedBytes: 1024 * 1024,
  maxEventBytes: 64 * 1024,
};

/** How long after the VM's "stopped" event its last output may still arrive. */
const STOPPED_GRACE_MS = 300;

interface SessionEntry {
  session: ConsoleStreamSession;
  hostId: string;
  uuid: string;
  device: string | undefined;
  unsubscribe: () => void;
}

/**
 * The serial consoles open in windows: one driver stream per session, owned by the client
 * (window or socket) that opened it. A session ends when its client closes it or goes, when
 * the VM stops, when the host connection drops, or when another client takes the console.
 */
export class ConsoleService {
  readonly #sessions = new Map<string, SessionEntry>();

  constructor(
    private readonly hosts: HostRegistry,
    private readonly events: EventHub,
    private readonly limits: FlowLimits = DEFAULT_LIMITS,
  ) {
    events.onClientGone((clientId) => this.closeClient(clientId));
  }

  async open(
    clientId: string,
    hostId: string,
    uuid: string,
    device: string | undefined,
    force: boolean,
  ): Promise<ConsoleSessionInfo> {
    const host = this.hosts.session(hostId);
    const record = await checkConsoleTarget(host.driver, uuid, device);
    const holder = [...this.#sessions.values()].find(
      (entry) => entry.hostId === hostId && entry.uuid === uuid && entry.device === device,
    );
    // A window that opens a console it already holds (a remount) simply takes it back.
    const ownHolder = holder?.session.clientId === clientId;
    if (holder && !force && !ownHolder) throw consoleBusyError(record.name, 'window');
    await holder?.session.finish(
      ownHolder ? 'closed' : 'taken-over',
      ownHolder ? 'disconnected' : 'another window took this console over',
    );
    const stream = await host.driver
      .openConsole(uuid, device, { force: force || holder !== undefined })
      .catch((error: unknown) => {
        throw isConsoleBusy(error) ? consoleBusyError(record.name, 'elsewhere') : error;
      });
    const id = randomUUID();
    const session = new ConsoleStreamSession(
      id,
      clientId,
      stream,
      {
        output: (bytes) =>
          this.events.emitTo(clientId, 'console.output', {
            sessionId: id,
            data: bytes.toString('base64'),
          }),
        closed: (reason, message) => {
          this.#forget(id);
          this.events.emitTo(clientId, 'console.closed', { sessionId: id, reason, message });
        },
      },
      this.limits,
      (error) => this.#explainEnd(host.driver, host.name, uuid, error),
    );
    const unsubscribe = host.driver.onEvent((event) =>
      this.#onDriverEvent(session, uuid, host.name, event),
    );
    this.#sessions.set(id, { session, hostId, uuid, device, unsubscribe });
    return { sessionId: id, vmName: record.name, ...(device !== undefined ? { device } : {}) };
  }

  async write(clientId: string, sessionId: string, text: string): Promise<void> {
    const { session } = this.#owned(clientId, sessionId);
    await session.write(text).catch(() => {
      throw ended();
    });
  }

  ack(clientId: string, sessionId: string, bytes: number): void {
    this.#owned(clientId, sessionId).session.ack(bytes);
  }

  /** Resolves once the host has let go of the console, so it can be opened again at once. */
  async close(clientId: string, sessionId: string): Promise<void> {
    const entry = this.#sessions.get(sessionId);
    if (!entry || entry.session.clientId !== clientId) return; // already over: nothing to do
    await entry.session.finish('closed', 'disconnected');
  }

  /** A window or socket went away: its consoles are freed for others. */
  closeClient(clientId: string): void {
    for (const entry of [...this.#sessions.values()]) {
      if (entry.session.clientId === clientId) void entry.session.finish('closed', 'disconnected');
    }
  }

  async closeAll(): Promise<void> {
    const sessions = [...this.#sessions.values()];
    await Promise.all(
      sessions.map((entry) => entry.session.finish('closed', 'Virtdeck is closing')),
    );
  }

  /** How many sessions are open (for tests and diagnostics). */
  get size(): number {
    return this.#sessions.size;
  }

  #owned(clientId: string, sessionId: string): SessionEntry {
    const entry = this.#sessions.get(sessionId);
    if (!entry || entry.session.clientId !== clientId || entry.session.ended) throw ended();
    return entry;
  }

  #forget(sessionId: string): void {
    const entry = this.#sessions.get(sessionId);
    if (!entry) return;
    this.#sessions.delete(sessionId);
    entry.unsubscribe();
  }

  #onDriverEvent(
    session: ConsoleStreamSession,
    uuid: string,
    hostName: string,
    event: DriverEvent,
  ): void {
    if (event.kind === 'closed') {
      const why =
        event.reason === 'client'
          ? `${hostName} was disconnected`
          : `lost the connection to ${hostName}`;
      void session.finish('host-disconnected', why);
      return;
    }
    if (event.kind !== 'lifecycle' || event.uuid !== uuid) return;
    if (event.event !== 'stopped' && event.event !== 'crashed') return;
    session.expectEnd('vm-stopped', 'the VM stopped');
    // The stream normally ends by itself; this is for one that does not.
    const timer = setTimeout(
      () => void session.finish('vm-stopped', 'the VM stopped'),
      STOPPED_GRACE_MS,
    );
    timer.unref?.();
  }

  /** Why a stream ended when no event said so: the VM's state tells. */
  async #explainEnd(
    driver: Driver,
    hostName: string,
    uuid: string,
    error: Error | undefined,
  ): Promise<{ reason: ConsoleCloseReason; message: string }> {
    try {
      // QEMU closes the console as it exits, a moment before libvirt reports the VM
      // stopped: a VM that still reads as running is looked at again for a short while.
      for (let look = 0; look < STATE_LOOKS; look++) {
        if (look > 0) await new Promise((resolve) => setTimeout(resolve, STATE_LOOK_MS));
        const record = await driver.lookupDomain(uuid);
        if (record.state !== 'running' && record.state !== 'paused') {
          return { reason: 'vm-stopped', message: 'the VM stopped' };
        }
      }
    } catch (lookupError) {
      if (lookupError instanceof DriverError && lookupError.code === VirErr.NO_DOMAIN) {
        return { reason: 'vm-stopped', message: 'the VM stopped' };
      }
      return { reason: 'host-disconnected', message: `lost the connection to ${hostName}` };
    }
    return error
      ? { reason: 'error', message: `the console failed: ${error.message}` }
      : {
          reason: 'taken-over',
          message: 'the host closed the console; another client may have taken it over',
        };
  }
}

/** How often, and how far apart, a console's end is checked against the VM's state. */
const STATE_LOOKS = 5;
const STATE_LOOK_MS = 200;

function ended(): AppError {
  return new AppError({
    code: 'not-found',
    message: 'This console session has ended. Connect again to open a new one.',
  });
}

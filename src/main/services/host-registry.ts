import type { Driver } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import type { HostSummary, VmSummary } from '../../shared/dto';
import type { EventHub } from '../ipc/event-hub';
import { HostSession } from './host-session';
import { RetryLoop } from './reconnect-loop';
import { needsUser, type BackoffOptions } from './reconnect-policy';

export interface HostDefinition {
  id: string;
  name: string;
  uri: string;
  kind: HostSummary['kind'];
  /** What the user answered for an SSH host: kept in memory for reconnects, never saved. */
  ssh?: { trustFingerprint?: string; password?: string };
}

export type DriverFactory = (host: HostDefinition) => Promise<Driver>;

export interface HostRegistryOptions {
  /** The waits between automatic reconnect attempts (default 1 s doubling to 30 s). */
  backoff?: BackoffOptions;
}

interface HostEntry {
  definition: HostDefinition;
  status: HostSummary['status'];
  error?: string;
  /** The last failed connection's error itself, for callers that can act on its kind. */
  cause?: unknown;
  session?: HostSession;
  hypervisor?: string;
  hostname?: string;
  retry?: HostSummary['retry'];
  /** The VMs as the lost connection last saw them, to push what changed while away. */
  lastKnown?: ReadonlyMap<string, VmSummary>;
  loop: RetryLoop;
}

/**
 * The hosts the app knows, and a live session for each connected one. A connection lost
 * for any reason but our own close is retried with backoff until it is back, or until an
 * attempt fails in a way only the user can fix (see needsUser).
 */
export class HostRegistry {
  readonly #entries = new Map<string, HostEntry>();
  readonly #connectedListeners = new Set<(hostId: string) => void>();

  constructor(
    private readonly openDriver: DriverFactory,
    private readonly events: EventHub,
    private readonly statsIntervalMs: number,
    private readonly options: HostRegistryOptions = {},
  ) {}

  list(): HostSummary[] {
    return [...this.#entries.values()].map((entry) => this.#summary(entry));
  }

  /** Adds a host and connects to it; a failed connection leaves the host listed, in error. */
  async add(definition: HostDefinition): Promise<HostSummary> {
    const entry: HostEntry = { definition, status: 'connecting', loop: this.#loopFor(definition.id) };
    this.#entries.set(definition.id, entry);
    this.#changed(entry);
    try {
      await this.#connect(entry);
    } catch (error) {
      this.#failed(entry, error, 'error', `Could not connect to ${definition.uri}: ${messageOf(error)}`);
    }
    return this.#summary(entry);
  }

  /** The session of a connected host, or an error that says why there is none. */
  session(hostId: string): HostSession {
    const entry = this.#entry(hostId);
    if (!entry.session || entry.status !== 'connected') {
      throw new AppError({
        code: 'connection',
        message: entry.error ?? `${entry.definition.name} is not connected yet; try again in a moment.`,
      });
    }
    return entry.session;
  }

  /** Why the host's last connection attempt failed (the driver's error), if it did. */
  failureOf(hostId: string): unknown {
    return this.#entries.get(hostId)?.cause;
  }

  has(hostId: string): boolean {
    return this.#entries.has(hostId);
  }

  definitions(): HostDefinition[] {
    return [...this.#entries.values()].map((entry) => entry.definition);
  }

  /** Called with a host's id each time it is connected again after a loss or a retry. */
  onReconnected(listener: (hostId: string) => void): () => void {
    this.#connectedListeners.add(listener);
    return () => this.#connectedListeners.delete(listener);
  }

  /** Disconnects and forgets a host. */
  async remove(hostId: string): Promise<void> {
    const entry = this.#entry(hostId);
    this.#entries.delete(hostId);
    entry.loop.stop();
    await entry.session?.close();
    this.events.emit('host.removed', { hostId });
  }

  /**
   * Connects again now: the "retry now" of a host that is reconnecting, or a new attempt
   * for one that needs the user, with the answers they gave (`ssh`). A retryable failure
   * leaves the automatic retries going.
   */
  async reconnect(hostId: string, ssh?: HostDefinition['ssh']): Promise<HostSummary> {
    const entry = this.#entry(hostId);
    if (ssh) entry.definition = { ...entry.definition, ssh: { ...entry.definition.ssh, ...ssh } };
    if (entry.session) this.#dropSession(entry);
    await entry.loop.runNow();
    return this.#summary(entry);
  }

  async closeAll(): Promise<void> {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    for (const entry of entries) entry.loop.stop();
    await Promise.allSettled(entries.flatMap((entry) => entry.session?.close() ?? []));
  }

  async #connect(entry: HostEntry): Promise<void> {
    const { definition } = entry;
    const driver = await this.openDriver(definition);
    try {
      const info = await driver.getHostInfo();
      // Removed while the attempt ran: the answer is nobody's.
      if (this.#entries.get(definition.id) !== entry) throw new Error(`${definition.name} was removed.`);
      const session = new HostSession({
        ...definition,
        driver,
        events: this.events,
        statsIntervalMs: this.statsIntervalMs,
      });
      driver.onEvent((event) => {
        if (event.kind !== 'closed' || event.reason === 'client' || entry.session !== session) return;
        this.#lost(entry, event.message);
      });
      const { lastKnown } = entry;
      entry.session = session;
      Object.assign(entry, { status: 'connected', hypervisor: info.hypervisor, hostname: info.hostname });
      for (const key of ['error', 'cause', 'retry', 'lastKnown'] as const) delete entry[key];
      this.#changed(entry);
      if (lastKnown) {
        // Back after a loss: what happened while away reaches the views as events.
        void session.pushChangesSince(lastKnown).catch(() => undefined);
        for (const listener of this.#connectedListeners) listener(definition.id);
      } else {
        // Read every VM's definition now, in the background, so the first list is instant.
        void session.listVms().catch(() => undefined);
      }
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw error;
    }
  }

  #lost(entry: HostEntry, reason: string): void {
    this.#dropSession(entry);
    entry.status = 'reconnecting';
    entry.error = `Lost the connection to ${entry.definition.name}: ${reason}`;
    entry.loop.begin();
  }

  /** Ends the session (its stats timer, its listeners), keeping what it knew of the VMs. */
  #dropSession(entry: HostEntry): void {
    const session = entry.session;
    if (!session) return;
    delete entry.session;
    entry.lastKnown = session.knownVms();
    void session.close().catch(() => undefined);
  }

  #loopFor(hostId: string): RetryLoop {
    const withEntry = (body: (entry: HostEntry) => void): void => {
      const entry = this.#entries.get(hostId);
      if (entry) body(entry);
    };
    return new RetryLoop({
      ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
      onWaiting: (attempt, delayMs) =>
        withEntry((entry) => {
          entry.status = 'reconnecting';
          entry.retry = { attempt, nextAt: Date.now() + delayMs };
          this.#changed(entry);
        }),
      attempt: async (attempt) => {
        const entry = this.#entries.get(hostId);
        if (!entry) return true;
        entry.status = 'reconnecting';
        entry.retry = { attempt };
        this.#changed(entry);
        try {
          await this.#connect(entry);
          return true;
        } catch (error) {
          const { name } = entry.definition;
          if (!needsUser(error)) {
            entry.cause = error;
            entry.error = `Lost the connection to ${name}; reconnecting failed: ${messageOf(error)}`;
            return false;
          }
          this.#failed(entry, error, 'error', `${name} needs you to reconnect: ${messageOf(error)}`);
          return true;
        }
      },
    });
  }

  #failed(entry: HostEntry, error: unknown, status: HostSummary['status'], message: string): void {
    Object.assign(entry, { status, cause: error, error: message });
    delete entry.retry;
    this.#changed(entry);
  }

  #entry(hostId: string): HostEntry {
    const entry = this.#entries.get(hostId);
    if (!entry) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
    return entry;
  }

  #summary(entry: HostEntry): HostSummary {
    const { id, name, uri, kind } = entry.definition;
    const { status, error, hypervisor, hostname, retry } = entry;
    return {
      id,
      name,
      uri,
      kind,
      status,
      ...(error !== undefined ? { error } : {}),
      ...(retry !== undefined ? { retry } : {}),
      ...(hypervisor !== undefined ? { hypervisor } : {}),
      ...(hostname !== undefined ? { hostname } : {}),
    };
  }

  #changed(entry: HostEntry): void {
    this.events.emit('host.changed', { host: this.#summary(entry) });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

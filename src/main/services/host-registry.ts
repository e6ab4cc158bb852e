import { AppError } from '../../shared/errors';
import type { HostSummary } from '../../shared/dto';
import type { EventHub } from '../ipc/event-hub';
import {
  messageOf,
  summaryOf,
  type DriverFactory,
  type HostDefinition,
  type HostEntry,
} from './host-entry';
import { HostSession } from './host-session';
import { RetryLoop } from './reconnect-loop';
import { needsUser, type BackoffOptions } from './reconnect-policy';

export type { DriverFactory, HostDefinition } from './host-entry';

export interface HostRegistryOptions {
  /** The waits between automatic reconnect attempts (default 1 s doubling to 30 s). */
  backoff?: BackoffOptions;
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
    return [...this.#entries.values()].map((entry) => summaryOf(entry));
  }

  /** Adds a host and connects to it; a failed connection leaves the host listed, in error. */
  async add(definition: HostDefinition): Promise<HostSummary> {
    const entry: HostEntry = {
      definition,
      status: 'connecting',
      loop: this.#loopFor(definition.id),
    };
    this.#entries.set(definition.id, entry);
    this.#changed(entry);
    try {
      await this.#connect(entry);
    } catch (error) {
      this.#failed(entry, error, `Could not connect to ${definition.uri}: ${messageOf(error)}`);
    }
    return summaryOf(entry);
  }

  /** The session of a connected host, or an error that says why there is none. */
  session(hostId: string): HostSession {
    const entry = this.#entry(hostId);
    if (!entry.session || entry.status !== 'connected') {
      const { name } = entry.definition;
      throw new AppError({
        code: 'connection',
        message:
          entry.status === 'disconnected'
            ? `${name} is disconnected; choose Connect in its menu in the sidebar.`
            : (entry.error ?? `${name} is not connected yet; try again in a moment.`),
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

  /** One listed host's definition: its name as the sidebar shows it, its URI. */
  definition(hostId: string): HostDefinition | undefined {
    return this.#entries.get(hostId)?.definition;
  }

  /** Gives a host another name; the views hear of it as of any other change. */
  rename(hostId: string, name: string): HostSummary {
    const entry = this.#entry(hostId);
    entry.definition = { ...entry.definition, name };
    if (entry.session) entry.session.name = name;
    this.#changed(entry);
    return summaryOf(entry);
  }

  /**
   * Closes a host's connection because the user asked to: the host stays listed as
   * disconnected, with its VMs as last seen, and nothing retries until connect().
   */
  async disconnect(hostId: string): Promise<HostSummary> {
    const entry = this.#entry(hostId);
    entry.loop.stop();
    // Marked first, so an attempt still under way knows its answer is not wanted.
    entry.status = 'disconnected';
    for (const key of ['error', 'cause', 'retry'] as const) delete entry[key];
    const closing = this.#dropSession(entry);
    this.#changed(entry);
    await closing;
    return summaryOf(entry);
  }

  /**
   * Connects a host the user disconnected, or one in error, again: one attempt, and a
   * failure leaves it in error rather than retrying by itself.
   */
  async connect(hostId: string): Promise<HostSummary> {
    const entry = this.#entry(hostId);
    if (entry.status === 'connected' || entry.status === 'connecting') return summaryOf(entry);
    entry.loop.stop();
    await this.#dropSession(entry);
    entry.status = 'connecting';
    delete entry.retry;
    this.#changed(entry);
    try {
      await this.#connect(entry);
    } catch (error) {
      const { name, uri } = entry.definition;
      this.#failed(entry, error, `Could not connect to ${name} (${uri}): ${messageOf(error)}`);
    }
    return summaryOf(entry);
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
    if (entry.session) void this.#dropSession(entry);
    await entry.loop.runNow();
    return summaryOf(entry);
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
      if (this.#entries.get(definition.id) !== entry)
        throw new Error(`${definition.name} was removed.`);
      if (entry.status === 'disconnected') throw new Error(`${definition.name} was disconnected.`);
      const session = new HostSession({
        ...definition,
        driver,
        events: this.events,
        statsIntervalMs: this.statsIntervalMs,
      });
      driver.onEvent((event) => {
        if (event.kind !== 'closed' || event.reason === 'client' || entry.session !== session)
          return;
        this.#lost(entry, event.message);
      });
      const { lastKnown } = entry;
      entry.session = session;
      Object.assign(entry, {
        status: 'connected',
        hypervisor: info.hypervisor,
        hostname: info.hostname,
      });
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
    void this.#dropSession(entry);
    entry.status = 'reconnecting';
    entry.error = `Lost the connection to ${entry.definition.name}: ${reason}`;
    entry.loop.begin();
  }

  /**
   * Ends the session (its stats timer, its listeners), keeping what it knew of the VMs;
   * resolves once the connection is closed.
   */
  #dropSession(entry: HostEntry): Promise<void> {
    const session = entry.session;
    if (!session) return Promise.resolve();
    delete entry.session;
    entry.lastKnown = session.knownVms();
    return session.close().catch(() => undefined);
  }

  #loopFor(hostId: string): RetryLoop {
    return new RetryLoop({
      ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
      onWaiting: (attempt, delayMs) =>
        this.#reconnecting(hostId, { attempt, nextAt: Date.now() + delayMs }),
      attempt: (attempt) => this.#retry(hostId, attempt),
    });
  }

  /** One automatic attempt; true when the retries are over (back, or the user must act). */
  async #retry(hostId: string, attempt: number): Promise<boolean> {
    const entry = this.#reconnecting(hostId, { attempt });
    if (!entry) return true;
    try {
      await this.#connect(entry);
      return true;
    } catch (error) {
      // Disconnected by the user while this attempt ran: the retries are over.
      if (entry.status === 'disconnected') return true;
      const { name } = entry.definition;
      if (needsUser(error)) {
        this.#failed(entry, error, `${name} needs you to reconnect: ${messageOf(error)}`);
        return true;
      }
      entry.cause = error;
      entry.error = `Lost the connection to ${name}; reconnecting failed: ${messageOf(error)}`;
      return false;
    }
  }

  #reconnecting(hostId: string, retry: HostSummary['retry']): HostEntry | undefined {
    const entry = this.#entries.get(hostId);
    if (entry) {
      Object.assign(entry, { status: 'reconnecting', retry });
      this.#changed(entry);
    }
    return entry;
  }

  #failed(entry: HostEntry, error: unknown, message: string): void {
    // A host the user disconnected stays so, whatever an attempt under way then says.
    if (entry.status === 'disconnected') return;
    Object.assign(entry, { status: 'error', cause: error, error: message });
    delete entry.retry;
    this.#changed(entry);
  }

  #entry(hostId: string): HostEntry {
    const entry = this.#entries.get(hostId);
    if (!entry) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
    return entry;
  }

  #changed(entry: HostEntry): void {
    this.events.emit('host.changed', { host: summaryOf(entry) });
  }
}

import type { Driver } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import type { HostSummary } from '../../shared/dto';
import type { EventHub } from '../ipc/event-hub';
import { HostSession } from './host-session';

export interface HostDefinition {
  id: string;
  name: string;
  uri: string;
  kind: HostSummary['kind'];
  /** What the user answered for an SSH host: kept in memory for reconnects, never saved. */
  ssh?: { trustFingerprint?: string; password?: string };
}

export type DriverFactory = (host: HostDefinition) => Promise<Driver>;

interface HostEntry {
  definition: HostDefinition;
  status: HostSummary['status'];
  error?: string;
  /** The last failed connection's error itself, for callers that can act on its kind. */
  cause?: unknown;
  session?: HostSession;
  hypervisor?: string;
  hostname?: string;
}

/** The hosts the app knows, and a live session for each connected one. */
export class HostRegistry {
  readonly #entries = new Map<string, HostEntry>();

  constructor(
    private readonly openDriver: DriverFactory,
    private readonly events: EventHub,
    private readonly statsIntervalMs: number,
  ) {}

  list(): HostSummary[] {
    return [...this.#entries.values()].map((entry) => this.#summary(entry));
  }

  /** Adds a host and connects to it; a failed connection leaves the host listed, in error. */
  async add(definition: HostDefinition): Promise<HostSummary> {
    const entry: HostEntry = { definition, status: 'connecting' };
    this.#entries.set(definition.id, entry);
    this.#changed(entry);
    try {
      const driver = await this.openDriver(definition);
      const info = await driver.getHostInfo();
      entry.session = new HostSession({
        ...definition,
        driver,
        events: this.events,
        statsIntervalMs: this.statsIntervalMs,
      });
      driver.onEvent((event) => {
        if (event.kind !== 'closed' || event.reason === 'client') return;
        entry.status = 'disconnected';
        entry.error = `Lost the connection to ${definition.name}: ${event.message}`;
        this.#changed(entry);
      });
      Object.assign(entry, { status: 'connected', hypervisor: info.hypervisor, hostname: info.hostname });
      // Read every VM's definition now, in the background, so the first list is instant.
      void entry.session.listVms().catch(() => undefined);
      delete entry.error;
      delete entry.cause;
    } catch (error) {
      entry.status = 'error';
      entry.cause = error;
      entry.error = `Could not connect to ${definition.uri}: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.#changed(entry);
    return this.#summary(entry);
  }

  /** The session of a connected host, or an error that says why there is none. */
  session(hostId: string): HostSession {
    const entry = this.#entries.get(hostId);
    if (!entry) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
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

  /** Disconnects and forgets a host. */
  async remove(hostId: string): Promise<void> {
    const entry = this.#entries.get(hostId);
    if (!entry) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
    this.#entries.delete(hostId);
    await entry.session?.close();
    this.events.emit('host.removed', { hostId });
  }

  /** Drops a lost or failed connection and opens a new one. */
  async reconnect(hostId: string): Promise<HostSummary> {
    const entry = this.#entries.get(hostId);
    if (!entry) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
    await entry.session?.close().catch(() => undefined);
    return this.add(entry.definition);
  }

  async closeAll(): Promise<void> {
    const sessions = [...this.#entries.values()].flatMap((entry) => entry.session ?? []);
    this.#entries.clear();
    await Promise.allSettled(sessions.map((session) => session.close()));
  }

  #summary(entry: HostEntry): HostSummary {
    const { id, name, uri, kind } = entry.definition;
    return {
      id,
      name,
      uri,
      kind,
      status: entry.status,
      ...(entry.error !== undefined ? { error: entry.error } : {}),
      ...(entry.hypervisor !== undefined ? { hypervisor: entry.hypervisor } : {}),
      ...(entry.hostname !== undefined ? { hostname: entry.hostname } : {}),
    };
  }

  #changed(entry: HostEntry): void {
    this.events.emit('host.changed', { host: this.#summary(entry) });
  }
}

import type { Driver, DomainRecord, DomainStatsRecord, DriverEvent } from '../../drivers/driver';
import { DriverError } from '../../drivers/driver';
import { VirErr } from '../../shared/libvirt-errors';
import type { HostSummary, LifecycleAction, VmDetails, VmStats, VmSummary } from '../../shared/dto';
import type { EventHub } from '../ipc/event-hub';
import { readDomainFacts, type DomainFacts } from './vm-summary';
import { statsRates } from './stats-rates';

export interface HostSessionOptions {
  id: string;
  name: string;
  kind: HostSummary['kind'];
  driver: Driver;
  events: EventHub;
  /** How often stats are sampled and pushed; 0 turns sampling off. */
  statsIntervalMs: number;
}

/**
 * One connected host: keeps what the views need (summaries built from each domain's XML,
 * cached until the domain is redefined), turns driver events into contract events, and
 * samples stats in bulk on a timer so the renderer never polls.
 */
export class HostSession {
  readonly id: string;
  /** The host's name for messages (a lost console, a display); a rename changes it. */
  name: string;
  readonly kind: HostSummary['kind'];
  readonly driver: Driver;
  readonly #events: EventHub;
  readonly #facts = new Map<string, Promise<DomainFacts>>();
  /** Every VM as last listed or reported to the views. */
  readonly #known = new Map<string, VmSummary>();
  readonly #unsubscribe: () => void;
  #previousStats = new Map<string, DomainStatsRecord>();
  #previousStatsAt = 0;
  #statsTimer: ReturnType<typeof setInterval> | undefined;
  #sampling = false;
  #closed = false;

  constructor(options: HostSessionOptions) {
    this.id = options.id;
    this.name = options.name;
    this.kind = options.kind;
    this.driver = options.driver;
    this.#events = options.events;
    this.#unsubscribe = this.driver.onEvent((event) => void this.#onDriverEvent(event));
    if (options.statsIntervalMs > 0) {
      this.#statsTimer = setInterval(() => void this.sampleStats(), options.statsIntervalMs);
      this.#statsTimer.unref?.();
    }
  }

  async listVms(): Promise<VmSummary[]> {
    const records = await this.driver.listDomains();
    const vms = await Promise.all(records.map((record) => this.#summaryOf(record)));
    this.#known.clear();
    for (const vm of vms) this.#known.set(vm.uuid, vm);
    return vms;
  }

  /** The VMs as last listed or reported, to compare with the host after a reconnect. */
  knownVms(): ReadonlyMap<string, VmSummary> {
    return new Map(this.#known);
  }

  /**
   * Lists the VMs again and pushes what differs from `before` (what the views held when
   * the connection was lost): VMs that appeared or changed, and VMs that are gone.
   */
  async pushChangesSince(before: ReadonlyMap<string, VmSummary>): Promise<void> {
    const now = await this.listVms();
    if (this.#closed) return;
    for (const vm of now) {
      if (JSON.stringify(before.get(vm.uuid)) !== JSON.stringify(vm))
        this.#events.emit('vm.changed', { vm });
    }
    for (const uuid of before.keys()) {
      if (!this.#known.has(uuid)) this.#events.emit('vm.removed', { hostId: this.id, uuid });
    }
  }

  async vmDetails(uuid: string): Promise<VmDetails> {
    const record = await this.driver.lookupDomain(uuid);
    const facts = await this.#factsOf(record.uuid);
    const { disks, nics, description, arch, machine } = facts;
    return {
      ...this.#summaryFrom(record, facts),
      disks,
      nics,
      ...(description !== undefined ? { description } : {}),
      ...(arch !== undefined ? { arch } : {}),
      ...(machine !== undefined ? { machine } : {}),
    };
  }

  /**
   * A VM's definition changed in a way the host sends no event for (a CD-ROM's media, a
   * change to the saved definition only): read it again and tell the windows.
   */
  definitionChanged(uuid: string): Promise<void> {
    return this.#closed ? Promise.resolve() : this.#refresh(uuid, true);
  }

  /** One VM's list entry, read fresh (e.g. for a VM just created). */
  async vmSummary(uuid: string): Promise<VmSummary> {
    return this.#summaryOf(await this.driver.lookupDomain(uuid));
  }

  async lifecycle(uuid: string, action: LifecycleAction): Promise<VmSummary> {
    const perform: Record<LifecycleAction, (id: string) => Promise<void>> = {
      start: (id) => this.driver.start(id),
      shutdown: (id) => this.driver.shutdown(id),
      reboot: (id) => this.driver.reboot(id),
      destroy: (id) => this.driver.destroy(id),
      suspend: (id) => this.driver.suspend(id),
      resume: (id) => this.driver.resume(id),
    };
    await perform[action](uuid);
    return this.#summaryOf(await this.driver.lookupDomain(uuid));
  }

  domainXml(uuid: string, inactive: boolean): Promise<string> {
    return this.driver.getDomainXml(uuid, { inactive });
  }

  /** Samples every domain's counters in one call and pushes rates for the running ones. */
  async sampleStats(): Promise<VmStats[]> {
    if (this.#sampling || this.#closed) return [];
    this.#sampling = true;
    try {
      const now = Date.now();
      const records = await this.driver.getAllDomainStats();
      const elapsed = now - this.#previousStatsAt;
      const samples = records
        .filter((record) => record.state === 'running' || record.state === 'paused')
        .map((record) => statsRates(this.#previousStats.get(record.uuid), record, elapsed));
      this.#previousStats = new Map(records.map((record) => [record.uuid, record]));
      this.#previousStatsAt = now;
      if (!this.#closed) this.#events.emit('vm.stats', { hostId: this.id, at: now, samples });
      return samples;
    } catch {
      // A failed sample is skipped; connection loss is reported through the 'closed' event.
      return [];
    } finally {
      this.#sampling = false;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#statsTimer) clearInterval(this.#statsTimer);
    this.#unsubscribe();
    await this.driver.close();
  }

  #factsOf(uuid: string): Promise<DomainFacts> {
    let facts = this.#facts.get(uuid);
    if (!facts) {
      facts = this.driver.getDomainXml(uuid).then(readDomainFacts);
      // A failed read must not stick in the cache.
      facts.catch(() => this.#facts.delete(uuid));
      this.#facts.set(uuid, facts);
    }
    return facts;
  }

  async #summaryOf(record: DomainRecord): Promise<VmSummary> {
    return this.#summaryFrom(record, await this.#factsOf(record.uuid));
  }

  #summaryFrom(record: DomainRecord, facts: DomainFacts): VmSummary {
    return {
      hostId: this.id,
      uuid: record.uuid,
      name: record.name,
      ...(facts.title !== undefined ? { title: facts.title } : {}),
      state: record.state,
      osLabel: facts.osLabel,
      vcpus: facts.vcpus,
      memoryKiB: facts.memoryKiB,
      persistent: record.persistent,
    };
  }

  async #onDriverEvent(event: DriverEvent): Promise<void> {
    if (this.#closed || event.kind === 'closed') return;
    // Anything but a plain state change may have changed the definition: read it again.
    const stateOnly =
      event.kind === 'lifecycle' &&
      ['suspended', 'resumed', 'shutdown', 'pmsuspended'].includes(event.event);
    await this.#refresh(event.uuid, !stateOnly);
  }

  /** Reads a VM's record (and with `reread`, its definition) again and pushes its summary. */
  async #refresh(uuid: string, reread: boolean): Promise<void> {
    if (reread) this.#facts.delete(uuid);
    try {
      const record = await this.driver.lookupDomain(uuid);
      const vm = await this.#summaryOf(record);
      this.#known.set(vm.uuid, vm);
      this.#events.emit('vm.changed', { vm });
    } catch (error) {
      if (error instanceof DriverError && error.code === VirErr.NO_DOMAIN) {
        this.#facts.delete(uuid);
        this.#known.delete(uuid);
        this.#events.emit('vm.removed', { hostId: this.id, uuid });
      }
    }
  }
}

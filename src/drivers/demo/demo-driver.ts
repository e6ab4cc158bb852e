import type { Duplex } from 'node:stream';
import { VirErr, VirFrom } from '../../shared/libvirt-errors';
import { DriverError } from '../driver';
import type {
  ConsoleOpenOptions,
  CreatedVolume,
  DeviceScope,
  Driver,
  DomainCapabilitiesQuery,
  DomainRecord,
  DomainStatsRecord,
  DriverEvent,
  HostInfo,
  HostResources,
  VolumeAtPath,
} from '../driver';
import { DEMO_CAPABILITIES, domainCapabilitiesOf } from './capabilities';
import { openDemoConsole } from './console-guest';
import { attachDevice, detachDevice, updateDevice } from './device-ops';
import { osIdOf, parseDomainDefinition } from './domain-xml';
import type { DomainFacts } from './domain-xml';
import { demoErrors } from './errors';
import { DemoNetworks, demoHostResources } from './host-resources';
import { DETAIL, emitLifecycle } from './host';
import type { DemoHost } from './host';
import {
  bootDomain,
  destroyDomain,
  rebootDomain,
  resumeDomain,
  shutdownDomain,
  startDomain,
  suspendDomain,
} from './lifecycle';
import { resolveTimings } from './options';
import type { DemoOptions, DemoTimings } from './options';
import { guestProfileFor, scaleVm, SEED_VMS } from './seed';
import type { SeedVm } from './seed';
import { DemoStorage } from './storage';
import { Timers } from './timers';
import { Definition, DemoVm } from './vm';
import { serializeXml } from './xml/tree';

/** The demo host's machine, as getHostInfo reports it. */
const HOST_INFO: HostInfo = {
  hostname: 'demo',
  hypervisor: 'DEMO',
  libvirtVersion: 9_000_000,
  cpus: 16,
  memoryKiB: 64 * 1024 * 1024,
};

/** About how long the VMs that are up when the demo host opens have been running. */
const SEED_UPTIME_MS = 6 * 3600 * 1000;

/** An in-memory host with libvirt's semantics: the app's default connection. */
export function createDemoDriver(options: DemoOptions = {}): Driver {
  return new DemoDriver(options);
}

class DemoDriver implements Driver {
  readonly uri = 'demo:///';
  /** By UUID, in definition order (the order listDomains reports). */
  private readonly vms = new Map<string, DemoVm>();
  private readonly byName = new Map<string, DemoVm>();
  private readonly listeners = new Set<(event: DriverEvent) => void>();
  private readonly host: DemoHost;
  private readonly storage = new DemoStorage();
  private readonly networks = new DemoNetworks();
  private closed = false;

  constructor(options: DemoOptions) {
    const timings: DemoTimings = resolveTimings(options);
    const timers = new Timers();
    const now = options.now ?? (() => Date.now());
    let lastId = 0;
    this.host = {
      timings,
      timers,
      now,
      nextDomainId: () => ++lastId,
      emit: (event) => this.emit(event),
      forget: (vm) => this.remove(vm),
    };
    for (const seed of SEED_VMS) {
      const { root, facts } = parseDomainDefinition(seed.xml);
      this.addSeed(seed, new Definition(root), facts);
    }
    for (let n = 1; n <= (options.extraVms ?? 0); n++) {
      const vm = scaleVm(n);
      const facts = {
        name: vm.name,
        uuid: vm.uuid,
        vcpus: vm.vcpus,
        memoryKiB: vm.memoryKiB,
        currentMemoryKiB: vm.memoryKiB,
      };
      this.addSeed(vm, new Definition(vm.xml), facts);
    }
  }

  private addSeed(seed: SeedVm, definition: Definition, facts: DomainFacts): void {
    const vm = new DemoVm(definition, facts, seed.guest, this.host.now());
    if (seed.state !== 'shutoff') {
      bootDomain(this.host, vm, seed.state);
      vm.counters.backdate(SEED_UPTIME_MS * (0.2 + Math.random()), facts.vcpus, seed.guest.cpuLoad);
    }
    this.add(vm);
  }

  getHostInfo(): Promise<HostInfo> {
    return this.call(() => ({ ...HOST_INFO }));
  }

  getCapabilities(): Promise<string> {
    return this.call(() => DEMO_CAPABILITIES);
  }

  getDomainCapabilities(query: DomainCapabilitiesQuery): Promise<string> {
    return this.call(() => domainCapabilitiesOf(query));
  }

  listDomains(): Promise<DomainRecord[]> {
    return this.call(() => Array.from(this.vms.values(), (vm) => vm.record()));
  }

  lookupDomain(uuid: string): Promise<DomainRecord> {
    return this.call(() => {
      const vm = this.vms.get(uuid.toLowerCase());
      if (vm === undefined) throw demoErrors.noDomainFound();
      return vm.record();
    });
  }

  lookupDomainByName(name: string): Promise<DomainRecord> {
    return this.call(() => {
      const vm = this.byName.get(name);
      if (vm === undefined) throw demoErrors.noDomainFound();
      return vm.record();
    });
  }

  getDomainXml(uuid: string, options: { inactive?: boolean } = {}): Promise<string> {
    return this.call(() => {
      const vm = this.get(uuid);
      return vm.active && options.inactive !== true ? serializeXml(vm.liveTree()) : vm.config.xml;
    });
  }

  defineDomain(xml: string): Promise<DomainRecord> {
    return this.call(() => {
      const { root, facts } = parseDomainDefinition(xml);
      const existing = this.vms.get(facts.uuid);
      const sameName = this.byName.get(facts.name);
      if (existing === undefined && sameName !== undefined)
        throw demoErrors.nameTaken(facts.name, sameName.uuid);
      if (existing !== undefined && existing.name !== facts.name)
        throw demoErrors.uuidTaken(existing.name, existing.uuid);
      if (existing === undefined) {
        const guest = guestProfileFor(osIdOf(root));
        const vm = new DemoVm(new Definition(root), facts, guest, this.host.now());
        this.add(vm);
        emitLifecycle(this.host, vm, 'defined', DETAIL.definedAdded);
        return vm.record();
      }
      // A running domain keeps its live definition; the new one applies from the next boot.
      if (existing.active) existing.liveTree();
      // A transient domain that gets a definition counts as added, as in libvirt.
      const detail = existing.persistent ? DETAIL.definedUpdated : DETAIL.definedAdded;
      existing.config = new Definition(root);
      existing.facts = facts;
      existing.persistent = true;
      emitLifecycle(this.host, existing, 'defined', detail);
      return existing.record();
    });
  }

  undefineDomain(uuid: string): Promise<void> {
    return this.call(() => {
      const vm = this.get(uuid);
      if (!vm.persistent) throw demoErrors.undefineTransient();
      // As in libvirt, a running domain loses only its persistent definition: it runs on as
      // a transient domain and disappears when it stops.
      if (vm.active) vm.persistent = false;
      else this.remove(vm);
      emitLifecycle(this.host, vm, 'undefined', DETAIL.undefinedRemoved);
    });
  }

  start(uuid: string): Promise<void> {
    return this.call(() => startDomain(this.host, this.get(uuid)));
  }

  shutdown(uuid: string): Promise<void> {
    return this.call(() => shutdownDomain(this.host, this.get(uuid)));
  }

  reboot(uuid: string): Promise<void> {
    return this.call(() => rebootDomain(this.host, this.get(uuid)));
  }

  destroy(uuid: string): Promise<void> {
    return this.call(() => destroyDomain(this.host, this.get(uuid)));
  }

  suspend(uuid: string): Promise<void> {
    return this.call(() => suspendDomain(this.host, this.get(uuid)));
  }

  resume(uuid: string): Promise<void> {
    return this.call(() => resumeDomain(this.host, this.get(uuid)));
  }

  getAllDomainStats(): Promise<DomainStatsRecord[]> {
    return this.call(() => {
      const now = this.host.now();
      return Array.from(this.vms.values(), (vm) => statsOf(vm, now));
    });
  }

  attachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.call(() => attachDevice(this.host, this.get(uuid), deviceXml, scope));
  }

  detachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.call(() => detachDevice(this.host, this.get(uuid), deviceXml, scope));
  }

  updateDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.call(() => updateDevice(this.get(uuid), deviceXml, scope));
  }

  listHostResources(): Promise<HostResources> {
    return this.call(() => demoHostResources(this.storage, this.networks));
  }

  createVolume(pool: string, volumeXml: string): Promise<CreatedVolume> {
    return this.call(() => this.storage.createVolume(pool, volumeXml));
  }

  deleteVolume(pool: string, name: string): Promise<void> {
    return this.call(() => this.storage.deleteVolume(pool, name));
  }

  lookupVolumeByPath(path: string): Promise<VolumeAtPath | undefined> {
    return this.call(() => this.storage.volumeAtPath(path));
  }

  startNetwork(name: string): Promise<void> {
    return this.call(() => this.networks.start(name));
  }

  openConsole(uuid: string, devName?: string, options: ConsoleOpenOptions = {}): Promise<Duplex> {
    return this.call(() =>
      openDemoConsole(this.host, this.get(uuid), devName, options.force === true),
    );
  }

  /** The demo host's VMs draw nothing: there is no framebuffer to show. */
  openGraphics(uuid: string): Promise<Duplex> {
    return this.call(() => {
      const vm = this.get(uuid);
      throw new DriverError(
        `The demo host has no graphical display: “${vm.name}” runs in memory and draws nothing. Its serial console works.`,
        VirErr.NO_SUPPORT,
        VirFrom.NONE,
      );
    });
  }

  onEvent(listener: (event: DriverEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.host.timers.clearAll();
      // Console streams belong to the connection: they break with it.
      for (const vm of this.vms.values()) {
        for (const session of [...vm.consoles]) session.stream.destroy();
      }
      this.emit({ kind: 'closed', reason: 'client', message: 'connection closed by the client' });
    }
    return Promise.resolve();
  }

  /** Runs one API call: fails once closed, and turns throws into rejections. */
  private call<T>(body: () => T): Promise<T> {
    if (this.closed) {
      return Promise.reject(
        new DriverError(
          'internal error: client socket is closed',
          VirErr.INTERNAL_ERROR,
          VirFrom.RPC,
        ),
      );
    }
    try {
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private get(uuid: string): DemoVm {
    const vm = this.vms.get(uuid.toLowerCase());
    if (vm === undefined) throw demoErrors.noDomainWithUuid(uuid.toLowerCase());
    return vm;
  }

  private add(vm: DemoVm): void {
    this.vms.set(vm.uuid, vm);
    this.byName.set(vm.name, vm);
  }

  private remove(vm: DemoVm): void {
    this.vms.delete(vm.uuid);
    this.byName.delete(vm.name);
  }

  /** Delivered after the call that caused it returns, as libvirt's event loop does. */
  private emit(event: DriverEvent): void {
    for (const listener of [...this.listeners]) queueMicrotask(() => listener(event));
  }
}

function statsOf(vm: DemoVm, now: number): DomainStatsRecord {
  if (!vm.active) {
    return {
      uuid: vm.uuid,
      state: vm.state,
      cpuTimeNs: 0,
      vcpus: vm.facts.vcpus,
      balloonCurrentKiB: 0,
      blockReadBytes: 0,
      blockWriteBytes: 0,
      netRxBytes: 0,
      netTxBytes: 0,
    };
  }
  const { vcpus, currentMemoryKiB } = vm.bootedWith;
  const c = vm.counters;
  c.advance(now, vm.state === 'running', vcpus, vm.guest.cpuLoad);
  return {
    uuid: vm.uuid,
    state: vm.state,
    cpuTimeNs: c.cpuTimeNs,
    vcpus,
    balloonCurrentKiB: currentMemoryKiB,
    memoryUsedKiB: Math.round(currentMemoryKiB * c.memoryInUse(now, vm.guest.cpuLoad)),
    blockReadBytes: c.blockReadBytes,
    blockWriteBytes: c.blockWriteBytes,
    netRxBytes: c.netRxBytes,
    netTxBytes: c.netTxBytes,
  };
}

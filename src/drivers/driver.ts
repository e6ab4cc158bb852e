import type { Duplex } from 'node:stream';
import type { VmState } from '../shared/dto';

/**
 * The seam between the app and a host backend. One Driver is one open connection to one
 * host. LibvirtDriver maps it onto libvirt's RPC protocol; DemoDriver implements it in
 * memory with libvirt's semantics. Both pass the suite in test/contract.
 *
 * Domains are addressed by UUID (lower-case, dashed), as libvirt's handles are.
 * Failures are DriverErrors carrying libvirt's error code and domain.
 */
export interface Driver {
  /** The URI this driver is connected to, e.g. "qemu:///system" or "demo:///". */
  readonly uri: string;

  getHostInfo(): Promise<HostInfo>;
  /** The host's capabilities XML (virConnectGetCapabilities): guests, arches, domain types. */
  getCapabilities(): Promise<string>;
  /**
   * What one hypervisor + arch + machine supports (virConnectGetDomainCapabilities): max
   * vCPUs, firmware, device models. Fails on drivers without it (the test driver).
   */
  getDomainCapabilities(query: DomainCapabilitiesQuery): Promise<string>;

  listDomains(): Promise<DomainRecord[]>;
  lookupDomain(uuid: string): Promise<DomainRecord>;
  lookupDomainByName(name: string): Promise<DomainRecord>;
  /**
   * `secure` adds what libvirt hides otherwise (display passwords): only for an edit that
   * is defined again at once, so a redefine keeps them. Never for display.
   */
  getDomainXml(uuid: string, options?: { inactive?: boolean; secure?: boolean }): Promise<string>;
  /** Defines (or redefines) a persistent domain from its XML. */
  defineDomain(xml: string): Promise<DomainRecord>;
  /** Removes a shut-off domain's definition (and its NVRAM and managed save, if any). */
  undefineDomain(uuid: string): Promise<void>;

  start(uuid: string): Promise<void>;
  /** Asks the guest to shut down (ACPI); returns before the guest has stopped. */
  shutdown(uuid: string): Promise<void>;
  /** Asks the guest to reboot; returns before the reboot. */
  reboot(uuid: string): Promise<void>;
  /** Forces the domain off at once ("destroy" in libvirt's words). */
  destroy(uuid: string): Promise<void>;
  suspend(uuid: string): Promise<void>;
  resume(uuid: string): Promise<void>;

  /** One bulk call for every domain's counters, as virConnectGetAllDomainStats. */
  getAllDomainStats(): Promise<DomainStatsRecord[]>;

  /** Sends one device element to the domain. Returns when the API call returns. */
  attachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void>;
  /**
   * Asks for a device's removal. For a live detach this only starts the unplug: the device
   * is gone when a `device-removed` event arrives, never before.
   */
  detachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void>;
  updateDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void>;

  /**
   * What a new device can connect to: virtual networks, storage pools and their volumes,
   * and the host's USB and PCI devices (for the Add hardware dialog).
   */
  listHostResources(): Promise<HostResources>;

  /**
   * Creates a volume in the named pool from its XML (virStorageVolCreateXML) and returns
   * the name and path the host gave it. Fails with NO_STORAGE_POOL for an unknown pool,
   * OPERATION_INVALID for an inactive one, and a DriverError when the name is taken or
   * the pool lacks the space.
   */
  createVolume(pool: string, volumeXml: string): Promise<CreatedVolume>;
  /** Deletes a volume and its data (virStorageVolDelete); NO_STORAGE_VOL when there is none. */
  deleteVolume(pool: string, name: string): Promise<void>;
  /**
   * The storage volume at a host path (virStorageVolLookupByPath) with its pool and the
   * format its XML reports; undefined when the path is no volume of any (active) pool.
   */
  lookupVolumeByPath(path: string): Promise<VolumeAtPath | undefined>;
  /** Starts an inactive virtual network (virNetworkCreate). */
  startNetwork(name: string): Promise<void>;

  /**
   * Opens the domain's serial console (or the named character device) as a byte stream.
   * One client at a time: while another holds it, this fails with OPERATION_FAILED
   * "Active console session exists for this domain", unless `force` takes it over (the
   * other client's stream is then aborted).
   */
  openConsole(uuid: string, devName?: string, options?: ConsoleOpenOptions): Promise<Duplex>;

  /**
   * Opens a byte stream to the running domain's VNC server (the RFB protocol, from its
   * version greeting on). Fails with a DriverError that says why when the domain has no
   * VNC display, is not running, or its display cannot be reached from here.
   */
  openGraphics(uuid: string): Promise<Duplex>;

  /** Subscribes to domain and connection events; returns an unsubscribe function. */
  onEvent(listener: (event: DriverEvent) => void): () => void;

  close(): Promise<void>;
}

export interface DomainCapabilitiesQuery {
  /** The domain type: kvm, qemu, ... */
  virttype?: string;
  arch?: string;
  machine?: string;
  emulator?: string;
}

export interface ConsoleOpenOptions {
  /** Take the console over from a client that holds it (VIR_DOMAIN_CONSOLE_FORCE). */
  force?: boolean;
}

export interface DeviceScope {
  /** Affect the running domain. */
  live: boolean;
  /** Affect the persistent definition. */
  config: boolean;
}

export interface HostResources {
  networks: { name: string; active: boolean }[];
  /** Volumes are listed for active pools only; an inactive pool cannot list them. */
  pools: { name: string; active: boolean; volumes: { name: string; path: string }[] }[];
  /** The node device XML (virNodeDeviceGetXMLDesc) of every host USB and PCI device. */
  nodeDeviceXml: string[];
}

export interface CreatedVolume {
  name: string;
  /** Where the volume lives on the host, e.g. /var/lib/libvirt/images/web1-1.qcow2. */
  path: string;
}

export interface VolumeAtPath {
  pool: string;
  name: string;
  /** The volume's target/format, e.g. qcow2 or raw; absent when the host does not say. */
  format?: string;
}

export interface HostInfo {
  hostname: string;
  /** libvirt's driver type, e.g. "QEMU" or "TEST". */
  hypervisor: string;
  /** libvirt version as major * 1,000,000 + minor * 1,000 + release. */
  libvirtVersion: number;
  cpus: number;
  memoryKiB: number;
}

export interface DomainRecord {
  uuid: string;
  name: string;
  /** libvirt's domain id while running, -1 otherwise. */
  id: number;
  state: VmState;
  /** libvirt's state reason number for `state`. */
  reason: number;
  persistent: boolean;
}

export interface DomainStatsRecord {
  uuid: string;
  state: VmState;
  /** Total CPU time used, in nanoseconds. */
  cpuTimeNs: number;
  vcpus: number;
  /** Memory the balloon currently gives the guest. */
  balloonCurrentKiB: number;
  /** Memory the guest reports in use, when known (needs the balloon driver's stats). */
  memoryUsedKiB?: number;
  blockReadBytes: number;
  blockWriteBytes: number;
  netRxBytes: number;
  netTxBytes: number;
}

/** libvirt's virDomainEventType, by name. */
export type LifecycleEventType =
  | 'defined'
  | 'undefined'
  | 'started'
  | 'suspended'
  | 'resumed'
  | 'stopped'
  | 'shutdown'
  | 'pmsuspended'
  | 'crashed';

export const LIFECYCLE_EVENTS_BY_NUMBER: readonly LifecycleEventType[] = [
  'defined',
  'undefined',
  'started',
  'suspended',
  'resumed',
  'stopped',
  'shutdown',
  'pmsuspended',
  'crashed',
];

export type DriverEvent =
  | { kind: 'lifecycle'; uuid: string; name: string; event: LifecycleEventType; detail: number }
  | { kind: 'reboot'; uuid: string; name: string }
  | { kind: 'device-added'; uuid: string; name: string; alias: string }
  | { kind: 'device-removed'; uuid: string; name: string; alias: string }
  | { kind: 'device-removal-failed'; uuid: string; name: string; alias: string }
  | { kind: 'metadata-change'; uuid: string; name: string; type: number; nsuri: string | null }
  /** The connection is gone; every later call fails until the driver reconnects. */
  | { kind: 'closed'; reason: 'error' | 'eof' | 'keepalive' | 'client'; message: string };

/** The domain events every Driver reports: all DriverEvent kinds but the connection's 'closed'. */
export const DOMAIN_EVENT_KINDS = [
  'lifecycle',
  'reboot',
  'device-added',
  'device-removed',
  'device-removal-failed',
  'metadata-change',
] as const satisfies readonly DriverEvent['kind'][];

export type DomainDriverEvent = Exclude<DriverEvent, { kind: 'closed' }>;

/** A failure from a host, with libvirt's numbers (see shared/libvirt-errors.ts). */
export class DriverError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly domain: number,
  ) {
    super(message);
    this.name = 'DriverError';
  }
}

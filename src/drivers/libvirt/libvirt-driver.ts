import type { Duplex } from 'node:stream';
import { DriverError } from '../driver';
import type {
  ConsoleOpenOptions,
  CreatedVolume,
  DeviceScope,
  DomainCapabilitiesQuery,
  DomainRecord,
  DomainStatsRecord,
  Driver,
  DriverEvent,
  HostInfo,
  HostResources,
  VolumeAtPath,
} from '../driver';
import { VirErr, VirFrom } from '../../shared/libvirt-errors';
import { connect } from './connect';
import type { ConnectOptions } from './connect';
import type { LibvirtClient } from './client';
import { ConsoleFlags, DomainAffect, DomainUndefineFlags, DomainXMLFlags } from './enums';
import type { Domain } from './protocol/types';
import { uuidFromString, uuidToString } from './protocol/types';
import { vmStateFromNumber } from './libvirt-driver-stats';
import { DomainLister } from './libvirt-driver-listing';
import { DriverEventFanout } from './libvirt-driver-events';
import { openVncDisplay } from './libvirt-driver-graphics';
import {
  createVolume,
  deleteVolume,
  lookupVolumeByPath,
  readHostResources,
} from './libvirt-driver-resources';

/**
 * Undefine flag sets, most thorough first. Deleting a VM in a desktop app should leave
 * nothing behind that belongs only to it: its managed save image, its NVRAM and its
 * snapshot and checkpoint metadata. Drivers that lack some of these (the test driver
 * rejects NVRAM and checkpoints) refuse the flags, so fewer are tried next.
 */
const UNDEFINE_FLAG_SETS = [
  DomainUndefineFlags.ManagedSave |
    DomainUndefineFlags.SnapshotsMetadata |
    DomainUndefineFlags.CheckpointsMetadata |
    DomainUndefineFlags.Nvram,
  DomainUndefineFlags.ManagedSave | DomainUndefineFlags.SnapshotsMetadata,
  0,
] as const;

/** Connects to `uri` (e.g. "qemu:///system", "test+unix:///default") and wraps it as a Driver. */
export async function createLibvirtDriver(
  uri: string,
  options: ConnectOptions = {},
): Promise<LibvirtDriver> {
  return new LibvirtDriver(await connect(uri, options));
}

/**
 * The Driver over our libvirt RPC client. Domains are addressed by UUID; their wire
 * handles are cached, since the daemon resolves a handle by its UUID alone and a stale
 * name or id in it does no harm. Errors are the client's DriverErrors (libvirt's code,
 * domain, message and a hint).
 */
export class LibvirtDriver implements Driver {
  readonly uri: string;
  private readonly handles = new Map<string, Domain>();
  private readonly events: DriverEventFanout;
  private readonly lister: DomainLister;

  constructor(
    /** The underlying client, for callers that need a procedure the Driver does not model. */
    readonly client: LibvirtClient,
  ) {
    this.uri = client.uri;
    this.events = new DriverEventFanout(client);
    this.lister = new DomainLister(client);
  }

  async getHostInfo(): Promise<HostInfo> {
    const [hostname, hypervisor, libvirtVersion, node] = await Promise.all([
      this.client.connectGetHostname(),
      this.client.connectGetType(),
      this.client.connectGetLibVersion(),
      this.client.nodeGetInfo(),
    ]);
    return {
      hostname,
      hypervisor,
      libvirtVersion: Number(libvirtVersion),
      cpus: node.cpus,
      memoryKiB: Number(node.memory),
    };
  }

  getCapabilities(): Promise<string> {
    return this.client.connectGetCapabilities();
  }

  getDomainCapabilities(query: DomainCapabilitiesQuery): Promise<string> {
    const { emulator, arch, machine, virttype } = query;
    return this.client.connectGetDomainCapabilities(
      emulator ?? null,
      arch ?? null,
      machine ?? null,
      virttype ?? null,
      0,
    );
  }

  /** Two calls whatever the number of domains (on drivers with bulk stats; see DomainLister). */
  async listDomains(): Promise<DomainRecord[]> {
    await this.events.settled;
    return (await this.lister.list()).map(({ dom, record }) => {
      this.remember(dom);
      return record;
    });
  }

  async lookupDomain(uuid: string): Promise<DomainRecord> {
    await this.events.settled;
    const dom = await this.forget(uuid, () => this.client.domainLookupByUUID(uuidBytes(uuid)));
    return this.recordOf(dom);
  }

  async lookupDomainByName(name: string): Promise<DomainRecord> {
    await this.events.settled;
    return this.recordOf(await this.client.domainLookupByName(name));
  }

  async getDomainXml(
    uuid: string,
    options: { inactive?: boolean; secure?: boolean } = {},
  ): Promise<string> {
    const flags =
      (options.inactive ? DomainXMLFlags.Inactive : 0) |
      (options.secure ? DomainXMLFlags.Secure : 0);
    return this.withDomain(uuid, (dom) => this.client.domainGetXMLDesc(dom, flags));
  }

  async defineDomain(xml: string): Promise<DomainRecord> {
    await this.events.settled;
    return this.recordOf(await this.client.domainDefineXML(xml));
  }

  async undefineDomain(uuid: string): Promise<void> {
    await this.withDomain(uuid, async (dom) => {
      for (const flags of UNDEFINE_FLAG_SETS) {
        try {
          await this.client.domainUndefineFlags(dom, flags);
          return;
        } catch (error) {
          if (flags === 0 || !isUnsupportedFlags(error)) throw error;
        }
      }
    });
    this.handles.delete(uuid);
  }

  start(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainCreate(dom));
  }

  shutdown(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainShutdown(dom));
  }

  reboot(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainReboot(dom, 0));
  }

  destroy(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainDestroy(dom));
  }

  suspend(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainSuspend(dom));
  }

  resume(uuid: string): Promise<void> {
    return this.withDomain(uuid, (dom) => this.client.domainResume(dom));
  }

  async getAllDomainStats(): Promise<DomainStatsRecord[]> {
    await this.events.settled;
    return (await this.lister.sample()).map(({ dom, record }) => {
      this.remember(dom);
      return record;
    });
  }

  attachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.withDomain(uuid, (dom) =>
      this.client.domainAttachDeviceFlags(dom, deviceXml, affectFlags(scope)),
    );
  }

  detachDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.withDomain(uuid, (dom) =>
      this.client.domainDetachDeviceFlags(dom, deviceXml, affectFlags(scope)),
    );
  }

  updateDevice(uuid: string, deviceXml: string, scope: DeviceScope): Promise<void> {
    return this.withDomain(uuid, (dom) =>
      this.client.domainUpdateDeviceFlags(dom, deviceXml, affectFlags(scope)),
    );
  }

  listHostResources(): Promise<HostResources> {
    return readHostResources(this.client);
  }

  createVolume(pool: string, volumeXml: string): Promise<CreatedVolume> {
    return createVolume(this.client, pool, volumeXml);
  }

  deleteVolume(pool: string, name: string): Promise<void> {
    return deleteVolume(this.client, pool, name);
  }

  lookupVolumeByPath(path: string): Promise<VolumeAtPath | undefined> {
    return lookupVolumeByPath(this.client, path);
  }

  async startNetwork(name: string): Promise<void> {
    await this.client.networkCreate(await this.client.networkLookupByName(name));
  }

  /**
   * Opens the console without FORCE unless asked: when another client holds it, this fails
   * with "Active console session exists" rather than silently cutting that client off.
   */
  openConsole(uuid: string, devName?: string, options: ConsoleOpenOptions = {}): Promise<Duplex> {
    const flags = options.force ? ConsoleFlags.Force : 0;
    return this.withDomain(uuid, (dom) =>
      this.client.domainOpenConsole(dom, devName ?? null, flags),
    );
  }

  async openGraphics(uuid: string): Promise<Duplex> {
    const [record, xml] = await Promise.all([this.lookupDomain(uuid), this.getDomainXml(uuid)]);
    return openVncDisplay(this.uri, xml, record.name, this.client.displayTunnel);
  }

  onEvent(listener: (event: DriverEvent) => void): () => void {
    return this.events.add(listener);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Runs `call` with the domain's handle, looking it up when it is not cached. */
  private async withDomain<T>(uuid: string, call: (dom: Domain) => Promise<T>): Promise<T> {
    await this.events.settled;
    const cached = this.handles.get(uuid);
    const dom =
      cached ?? (await this.forget(uuid, () => this.client.domainLookupByUUID(uuidBytes(uuid))));
    if (!cached) this.remember(dom);
    return this.forget(uuid, () => call(dom));
  }

  /** Drops the cached handle when the daemon says the domain no longer exists. */
  private async forget<T>(uuid: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof DriverError && error.code === VirErr.NO_DOMAIN)
        this.handles.delete(uuid);
      throw error;
    }
  }

  private remember(dom: Domain): string {
    const uuid = uuidToString(dom.uuid);
    this.handles.set(uuid, dom);
    return uuid;
  }

  private async recordOf(dom: Domain): Promise<DomainRecord> {
    const uuid = this.remember(dom);
    const [{ state, reason }, persistent] = await this.forget(uuid, () =>
      Promise.all([this.client.domainGetState(dom, 0), this.client.domainIsPersistent(dom)]),
    );
    return {
      uuid,
      name: dom.name,
      id: dom.id,
      state: vmStateFromNumber(state),
      reason,
      persistent: persistent === 1,
    };
  }
}

function affectFlags(scope: DeviceScope): number {
  return (scope.live ? DomainAffect.Live : 0) | (scope.config ? DomainAffect.Config : 0);
}

function uuidBytes(uuid: string): Uint8Array {
  try {
    return uuidFromString(uuid);
  } catch {
    throw new DriverError(`"${uuid}" is not a domain UUID.`, VirErr.INVALID_ARG, VirFrom.NONE);
  }
}

/** libvirt's answer to flags a driver does not implement: "unsupported flags (0x…) in function …". */
function isUnsupportedFlags(error: unknown): boolean {
  return (
    error instanceof DriverError &&
    error.code === VirErr.INVALID_ARG &&
    /unsupported flags/.test(error.message)
  );
}

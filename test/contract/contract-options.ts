import type { Driver } from '../../src/drivers/driver';

/** What a host gives describeDriverContract (see driver-contract.ts). */

export interface DriverUnderTest {
  driver: Driver;
  cleanup?: () => Promise<void>;
}

/** Parts of the suite a host may be excused from; each value is the reason, shown in the skip. */
export interface ContractSkips {
  /** The host reports no CPU time in its bulk stats (libvirt's test driver reports only state). */
  cpuStats?: string;
  /**
   * ACPI shutdown of a domain the suite defined: needs a guest OS that acts on the power
   * button, which newDomainXml's domain on a real QEMU host does not have.
   */
  gracefulShutdown?: string;
  /** The host has no attach/detach (libvirt 9's test driver lacks virDomainAttachDeviceFlags). */
  devices?: string;
  /**
   * Hotplug on a running domain the suite defined: needs a guest that answers unplug
   * requests, which a domain without an OS (QEMU's, with newDomainXml) is not.
   */
  liveDevices?: string;
  /** Volume creation and deletion, for a host without `volumePool`. */
  volumes?: string;
}

export interface ContractOptions {
  /** XML this host accepts for a small persistent domain called `name` (no uuid). */
  newDomainXml(name: string): string;
  /** An active pool the suite may create (and delete) small volumes in. */
  volumePool?: string;
  skip?: ContractSkips;
}

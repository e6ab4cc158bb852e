/** libvirt's public constants a caller of the client needs most (virDomainState, flags, stats groups). */

export const DomainState = {
  NoState: 0,
  Running: 1,
  Blocked: 2,
  Paused: 3,
  Shutdown: 4,
  Shutoff: 5,
  Crashed: 6,
  PMSuspended: 7,
} as const;

/** virDomainEventType: the `event` of a lifecycle event. */
export const DomainEventType = {
  Defined: 0,
  Undefined: 1,
  Started: 2,
  Suspended: 3,
  Resumed: 4,
  Stopped: 5,
  Shutdown: 6,
  PMSuspended: 7,
  Crashed: 8,
} as const;

/** virDomainModificationImpact, for device, vCPU and memory changes. */
export const DomainAffect = { Current: 0, Live: 1, Config: 2 } as const;
export const DeviceModifyForce = 4;

export const ListAllDomainsFlags = {
  Active: 1,
  Inactive: 2,
  Persistent: 4,
  Transient: 8,
  Running: 16,
  Paused: 32,
  Shutoff: 64,
  Other: 128,
} as const;

/** virDomainXMLFlags. */
export const DomainXMLFlags = { Secure: 1, Inactive: 2, UpdateCPU: 4, Migratable: 8 } as const;

/** virDomainUndefineFlagsValues; "delete VM" uses ManagedSave | SnapshotsMetadata | Nvram | CheckpointsMetadata. */
export const DomainUndefineFlags = {
  ManagedSave: 1,
  SnapshotsMetadata: 2,
  Nvram: 4,
  KeepNvram: 8,
  CheckpointsMetadata: 16,
  Tpm: 32,
  KeepTpm: 64,
} as const;

/** virDomainStatsTypes: the `stats` mask of connectGetAllDomainStats (0 = all groups). */
export const DomainStatsTypes = {
  State: 1,
  CpuTotal: 2,
  Balloon: 4,
  Vcpu: 8,
  Interface: 16,
  Block: 32,
  Perf: 64,
  IoThread: 128,
  Memory: 256,
  DirtyRate: 512,
  Vm: 1024,
} as const;

export const ConsoleFlags = { Force: 1, Safe: 2 } as const;

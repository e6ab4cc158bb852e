import { z } from 'zod';

/** libvirt's virDomainState, by name. */
export const VmState = z.enum([
  'nostate',
  'running',
  'blocked',
  'paused',
  'shutdown', // being shut down
  'shutoff',
  'crashed',
  'pmsuspended',
]);
export type VmState = z.infer<typeof VmState>;

/** The order of libvirt's enum, so a number from the wire maps to a name. */
export const VM_STATES_BY_NUMBER: readonly VmState[] = VmState.options;

export const LifecycleAction = z.enum(['start', 'shutdown', 'reboot', 'destroy', 'suspend', 'resume']);
export type LifecycleAction = z.infer<typeof LifecycleAction>;

/** Which actions make sense in which state. Shared so the toolbar and main agree. */
export const ACTIONS_BY_STATE: Record<VmState, readonly LifecycleAction[]> = {
  nostate: [],
  running: ['shutdown', 'reboot', 'destroy', 'suspend'],
  blocked: ['shutdown', 'reboot', 'destroy', 'suspend'],
  paused: ['resume', 'destroy'],
  shutdown: ['destroy'],
  shutoff: ['start'],
  crashed: ['start', 'destroy'],
  pmsuspended: ['resume', 'destroy'],
};

/**
 * 'reconnecting': the connection was lost and the app is trying again by itself;
 * 'error': connecting failed in a way only the user can fix (a refused login, a host key).
 */
export const HostStatus = z.enum(['connecting', 'connected', 'reconnecting', 'disconnected', 'error']);
export type HostStatus = z.infer<typeof HostStatus>;

export const HostSummary = z.object({
  id: z.string(),
  name: z.string(),
  uri: z.string(),
  kind: z.enum(['demo', 'libvirt']),
  status: HostStatus,
  /** Why the host is disconnected or in error, and what to do. */
  error: z.string().optional(),
  /**
   * While reconnecting: the attempt under way or coming next (1 for the first retry), and
   * when it starts (epoch ms; absent while it runs).
   */
  retry: z.object({ attempt: z.number().int().positive(), nextAt: z.number().optional() }).optional(),
  hypervisor: z.string().optional(),
  hostname: z.string().optional(),
  /** Why this host cannot be renamed (the demo host's name is built in); absent when it can. */
  renameProblem: z.string().optional(),
});
export type HostSummary = z.infer<typeof HostSummary>;

export const VmSummary = z.object({
  hostId: z.string(),
  uuid: z.string(),
  name: z.string(),
  title: z.string().optional(),
  state: VmState,
  osLabel: z.string(),
  vcpus: z.number().int(),
  memoryKiB: z.number(),
  persistent: z.boolean(),
});
export type VmSummary = z.infer<typeof VmSummary>;

export const DiskSummary = z.object({
  target: z.string(),
  device: z.string(), // disk, cdrom, floppy, lun
  bus: z.string().optional(),
  source: z.string().optional(),
  format: z.string().optional(),
  readonly: z.boolean(),
});
export type DiskSummary = z.infer<typeof DiskSummary>;

export const NicSummary = z.object({
  mac: z.string().optional(),
  type: z.string(), // network, bridge, direct, user, ...
  source: z.string().optional(),
  model: z.string().optional(),
});
export type NicSummary = z.infer<typeof NicSummary>;

export const VmDetails = VmSummary.extend({
  description: z.string().optional(),
  arch: z.string().optional(),
  machine: z.string().optional(),
  disks: z.array(DiskSummary),
  nics: z.array(NicSummary),
});
export type VmDetails = z.infer<typeof VmDetails>;

/** One stats sample of one VM, as rates computed by main from libvirt's counters. */
export const VmStats = z.object({
  uuid: z.string(),
  cpuPercent: z.number(),
  memoryUsedKiB: z.number(),
  diskReadBps: z.number(),
  diskWriteBps: z.number(),
  netRxBps: z.number(),
  netTxBps: z.number(),
});
export type VmStats = z.infer<typeof VmStats>;

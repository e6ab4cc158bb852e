import type { Driver } from '../../drivers/driver';
import type { HostSummary, VmSummary } from '../../shared/dto';
import type { HostSession } from './host-session';
import type { RetryLoop } from './reconnect-loop';

export interface HostDefinition {
  id: string;
  name: string;
  uri: string;
  kind: HostSummary['kind'];
  /** What the user answered for an SSH host: kept in memory for reconnects, never saved. */
  ssh?: { trustFingerprint?: string; password?: string };
}

export type DriverFactory = (host: HostDefinition) => Promise<Driver>;

/** What the registry holds for one host. */
export interface HostEntry {
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
 * Why a host keeps its name: the demo host is never written to hosts.json (saving it would
 * make it a saved host and hide the local daemons at the next start), so a new name would
 * not last.
 */
export const DEMO_RENAME_PROBLEM = 'The demo host is built in; its name cannot be changed.';

/** The host as the views see it. */
export function summaryOf(entry: HostEntry): HostSummary {
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
    ...(kind === 'demo' ? { renameProblem: DEMO_RENAME_PROBLEM } : {}),
  };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { SshAuthError, SshHostKeyError } from '../../drivers/libvirt';
import { DriverError } from '../../drivers/driver';
import { VirErr } from '../../shared/libvirt-errors';

/** How long to wait between reconnect attempts. */
export interface BackoffOptions {
  /** The wait before the first retry. */
  firstDelayMs: number;
  /** The longest wait, however many attempts failed. */
  maxDelayMs: number;
  /**
   * How much each wait is spread, as a fraction of it (0.2: ±20 %), so that many clients
   * of one daemon that restarted do not all knock at the same instant.
   */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { firstDelayMs: 1_000, maxDelayMs: 30_000, jitter: 0.2 };

/**
 * The wait before attempt `attempt` (1 for the first retry): 1 s, 2 s, 4 s … doubled each
 * time up to the cap, then spread by the jitter. `random` is in [0, 1), as Math.random.
 */
export function backoffDelayMs(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  // Capping the exponent keeps 2 ** n finite however long the host stays away.
  const base = Math.min(options.maxDelayMs, options.firstDelayMs * 2 ** Math.min(exponent, 30));
  const spread = base * options.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(options.maxDelayMs, base + spread)));
}

/** libvirt's own authentication failures: the daemon refused who we are. */
const AUTH_ERRORS: ReadonlySet<number> = new Set([
  VirErr.AUTH_FAILED,
  VirErr.AUTH_CANCELLED,
  VirErr.AUTH_UNAVAILABLE,
]);

/**
 * Whether a failed connection attempt needs the user before it can succeed: a refused
 * login or a host key that is unknown or changed. Trying again by itself would only
 * repeat the refusal (and, for passwords, could lock the account), so these end the
 * retries. Everything else (refused, reset, timed out, daemon not up yet) is worth a retry.
 */
export function needsUser(error: unknown): boolean {
  if (error instanceof SshHostKeyError || error instanceof SshAuthError) return true;
  return error instanceof DriverError && AUTH_ERRORS.has(error.code);
}

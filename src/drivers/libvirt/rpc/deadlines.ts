/**
 * When a call's time is up. libvirt's own client has no per-call limit and leaves a dead
 * daemon to keepalive; but a daemon that answers pings and never a call (a broken proxy,
 * a stuck driver, a hostile peer) would keep a caller waiting forever. So an ordinary call
 * gets `callTimeoutMs` from the moment it is made, queued time included; libvirtd itself
 * gives up waiting for a VM's job lock after 30 s, so a sound call fits well inside the
 * default of 60 s. Calls that legitimately run for minutes (migration, save, volume
 * creation, snapshots: the client names them) have no limit, and keepalive alone decides
 * whether their daemon is still there.
 */
export interface DeadlineOptions {
  /** Ordinary calls' limit, from call() to the reply: 60 s. 0 turns limits off. */
  callTimeoutMs?: number;
  /** Procedures that may take as long as they need (keepalive still watches the daemon). */
  unlimitedProcedures?: ReadonlySet<number>;
}

export const DEFAULT_CALL_TIMEOUT_MS = 60_000;

export class Deadlines {
  private readonly timeoutMs: number;
  private readonly unlimited: ReadonlySet<number>;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: DeadlineOptions, sweep: (now: number) => void) {
    this.timeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
    this.unlimited = options.unlimitedProcedures ?? new Set();
    if (this.timeoutMs > 0) {
      // A quarter of the limit, at most a second: a call fails at most 25 % late.
      const every = Math.max(10, Math.min(1000, Math.floor(this.timeoutMs / 4)));
      this.timer = setInterval(() => sweep(Date.now()), every);
      this.timer.unref();
    }
  }

  /** The limit of a call made now to `proc`, in ms since the epoch; Infinity for none. */
  deadlineFor(proc: number): number {
    if (this.timeoutMs <= 0 || this.unlimited.has(proc)) return Infinity;
    return Date.now() + this.timeoutMs;
  }

  get limitMs(): number {
    return this.timeoutMs;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

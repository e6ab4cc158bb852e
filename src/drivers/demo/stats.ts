/**
 * Counters of one running VM, advanced lazily from a clock when someone reads them, so a
 * thousand VMs cost nothing between samples. Load wanders around the guest's average with
 * a slow wave (a per-VM phase, so VMs do not move in step) and some jitter.
 */
export class GuestCounters {
  cpuTimeNs = 0;
  blockReadBytes = 0;
  blockWriteBytes = 0;
  netRxBytes = 0;
  netTxBytes = 0;
  private lastMs: number;
  private readonly phase = Math.random() * 2 * Math.PI;

  constructor(nowMs: number) {
    this.lastMs = nowMs;
  }

  /** Starts from zero, as a freshly started QEMU process does. */
  reset(nowMs: number): void {
    this.cpuTimeNs = 0;
    this.blockReadBytes = 0;
    this.blockWriteBytes = 0;
    this.netRxBytes = 0;
    this.netTxBytes = 0;
    this.lastMs = nowMs;
  }

  /** Pretends the guest has already been up for `uptimeMs`, so a seeded VM's counters look lived-in. */
  backdate(uptimeMs: number, vcpus: number, averageLoad: number): void {
    const now = this.lastMs;
    this.lastMs = now - uptimeMs;
    this.advance(now, true, vcpus, averageLoad);
  }

  /** Accounts the time since the last call; `running` false (paused) just skips it. */
  advance(nowMs: number, running: boolean, vcpus: number, averageLoad: number): void {
    const elapsedMs = Math.max(0, nowMs - this.lastMs);
    this.lastMs = nowMs;
    if (!running || elapsedMs === 0) return;
    const load = this.loadAt(nowMs, averageLoad);
    const seconds = elapsedMs / 1000;
    this.cpuTimeNs += Math.round(elapsedMs * 1e6 * vcpus * load);
    this.blockReadBytes += Math.round(seconds * (4096 + load * 6e6));
    this.blockWriteBytes += Math.round(seconds * (2048 + load * 2.5e6));
    this.netRxBytes += Math.round(seconds * (512 + load * 1.5e6));
    this.netTxBytes += Math.round(seconds * (256 + load * 4e5));
  }

  /** Share of the balloon the guest uses now: busier guests use more. */
  memoryInUse(nowMs: number, averageLoad: number): number {
    return Math.min(0.95, 0.3 + averageLoad * 0.5 + 0.04 * Math.sin(nowMs / 45_000 + this.phase));
  }

  private loadAt(nowMs: number, averageLoad: number): number {
    const wave = 0.6 + 0.4 * Math.sin(nowMs / 20_000 + this.phase);
    const jitter = 0.8 + 0.4 * Math.random();
    return Math.min(1, averageLoad * wave * jitter);
  }
}

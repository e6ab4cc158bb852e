/**
 * libvirt's keepalive, client side. Any packet from the daemon proves it is alive. After
 * `intervalMs` of silence a PING goes out, and again every interval; after `count`
 * unanswered pings the peer is declared dead (libvirt's own client does the same with
 * its defaults of 5 s and 6 pings, and the daemon with 5 s and 5).
 */
export interface KeepaliveOptions {
  intervalMs?: number;
  count?: number;
}

export interface KeepaliveHooks {
  ping(): void;
  dead(message: string): void;
}

export class Keepalive {
  private readonly intervalMs: number;
  private readonly count: number;
  private readonly timer: NodeJS.Timeout;
  private lastReceived = Date.now();
  private unanswered = 0;

  constructor(options: KeepaliveOptions, hooks: KeepaliveHooks) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.count = options.count ?? 6;
    this.timer = setInterval(() => this.tick(hooks), this.intervalMs);
    // Keepalive alone must not keep a Node process running.
    this.timer.unref();
  }

  received(): void {
    this.lastReceived = Date.now();
    this.unanswered = 0;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(hooks: KeepaliveHooks): void {
    if (Date.now() - this.lastReceived < this.intervalMs) return;
    if (this.unanswered >= this.count) {
      const seconds = Math.round((Date.now() - this.lastReceived) / 1000);
      hooks.dead(
        `no answer from the daemon for ${seconds} s (${this.unanswered} keepalive pings unanswered)`,
      );
      return;
    }
    this.unanswered += 1;
    hooks.ping();
  }
}

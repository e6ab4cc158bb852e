import {
  KEEPALIVE_PING,
  KEEPALIVE_PONG,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
  PROTOCOL_VERSION,
} from '../protocol/constants';
import { encodePacket } from './packet';
import { formatDuration } from './duration';

/**
 * libvirt's keepalive, client side. A whole packet from the daemon that the client can
 * use proves it is alive, as in libvirt's own client; bytes alone do not, so a daemon
 * that trickles a packet byte by byte is declared dead like a silent one. After
 * `intervalMs` without life a PING goes out, and again every interval; after `count`
 * unanswered pings the peer is declared dead (libvirt's own client does the same with
 * its defaults of 5 s and 6 pings, and the daemon with 5 s and 5).
 *
 * One exception for slow links: a large packet still arriving counts as life in an
 * interval in which at least `minProgressBytes` of it came (4 KiB by default, i.e.
 * under 1 KiB/s at the default interval). libvirt's packets reach 32 MiB; at a steady
 * 100 KiB/s one takes five minutes, and its daemon's PONGs wait behind it.
 */
export interface KeepaliveOptions {
  intervalMs?: number;
  count?: number;
  minProgressBytes?: number;
}

export interface KeepaliveHooks {
  ping(): void;
  dead(message: string): void;
}

export class Keepalive {
  private readonly intervalMs: number;
  private readonly count: number;
  private readonly minProgressBytes: number;
  private readonly timer: NodeJS.Timeout;
  private lastReceived = Date.now();
  private unanswered = 0;
  /** Bytes of incomplete packets since the last tick. */
  private partialBytes = 0;

  constructor(options: KeepaliveOptions, hooks: KeepaliveHooks) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.count = options.count ?? 6;
    this.minProgressBytes = options.minProgressBytes ?? 4096;
    this.timer = setInterval(() => this.tick(hooks), this.intervalMs);
    // Keepalive alone must not keep a Node process running.
    this.timer.unref();
  }

  /** A whole, usable packet arrived. */
  received(): void {
    this.lastReceived = Date.now();
    this.unanswered = 0;
    this.partialBytes = 0;
  }

  /** Bytes arrived that did not complete a packet. */
  progress(bytes: number): void {
    this.partialBytes += bytes;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(hooks: KeepaliveHooks): void {
    if (this.partialBytes >= this.minProgressBytes) this.received();
    this.partialBytes = 0;
    if (Date.now() - this.lastReceived < this.intervalMs) return;
    if (this.unanswered >= this.count) {
      const silence = formatDuration(Date.now() - this.lastReceived);
      hooks.dead(
        `no answer from the daemon for ${silence} (${this.unanswered} keepalive pings unanswered)`,
      );
      return;
    }
    this.unanswered += 1;
    hooks.ping();
  }
}

function keepaliveFrame(proc: number): Buffer {
  return encodePacket({
    prog: PROGRAM_KEEPALIVE,
    vers: PROTOCOL_VERSION,
    proc,
    type: MessageType.Message,
    serial: 0,
    status: MessageStatus.Ok,
  });
}

/** The two keepalive packets, built once (they never change). */
export const PING_FRAME = keepaliveFrame(KEEPALIVE_PING);
export const PONG_FRAME = keepaliveFrame(KEEPALIVE_PONG);

import { MAX_PACKET_LENGTH, MIN_PACKET_LENGTH } from '../protocol/constants';
import { ProtocolError } from './packet';

/**
 * Splits a byte stream into libvirt packets. Incoming chunks are kept in a list and only
 * joined once a whole packet is there, so a large reply costs one copy, not one per
 * chunk. The length word is checked against libvirt's limits before anything is
 * buffered for it: an oversized or undersized length throws ProtocolError.
 */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  /** Adds bytes and returns every packet they complete (each a whole frame, length word included). */
  push(chunk: Buffer): Buffer[] {
    const frames: Buffer[] = [];
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    for (;;) {
      if (this.buffered < 4) break;
      const length = this.peekLength();
      if (length < MIN_PACKET_LENGTH || length > MAX_PACKET_LENGTH) {
        throw new ProtocolError(
          `invalid packet length ${length} (libvirt allows ${MIN_PACKET_LENGTH} to ${MAX_PACKET_LENGTH})`,
        );
      }
      if (this.buffered < length) break;
      frames.push(this.take(length));
    }
    return frames;
  }

  private peekLength(): number {
    const first = this.chunks[0];
    if (first && first.length >= 4) return first.readUInt32BE(0);
    return this.copyOut(4).readUInt32BE(0);
  }

  /** The first `length` bytes, without consuming them. */
  private copyOut(length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    let filled = 0;
    for (const c of this.chunks) {
      const n = Math.min(c.length, length - filled);
      c.copy(out, filled, 0, n);
      filled += n;
      if (filled === length) break;
    }
    return out;
  }

  private take(length: number): Buffer {
    const first = this.chunks[0];
    let frame: Buffer;
    if (first && first.length >= length) {
      // Common case: the frame lies in one chunk; share its memory.
      frame = first.subarray(0, length);
    } else {
      frame = this.copyOut(length);
    }
    let left = length;
    while (left > 0) {
      const c = this.chunks[0];
      if (!c) break;
      if (c.length <= left) {
        this.chunks.shift();
        left -= c.length;
      } else {
        this.chunks[0] = c.subarray(left);
        left = 0;
      }
    }
    this.buffered -= length;
    return frame;
  }
}

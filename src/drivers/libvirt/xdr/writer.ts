/**
 * XDR (RFC 4506) encoder: big-endian, every item padded to 4 bytes. One growing buffer
 * per message; callers take the bytes with `finish()`.
 */
export class XdrWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(initialSize = 256) {
    this.buf = Buffer.allocUnsafe(initialSize);
  }

  get length(): number {
    return this.pos;
  }

  private ensure(extra: number): void {
    const need = this.pos + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  int(value: number): void {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) {
      throw new RangeError(`XDR int out of range: ${value}`);
    }
    this.ensure(4);
    this.buf.writeInt32BE(value, this.pos);
    this.pos += 4;
  }

  /** Unsigned 32-bit. Accepts values written as signed (e.g. `1 << 31`) and stores their bits. */
  uint(value: number): void {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff) {
      throw new RangeError(`XDR unsigned int out of range: ${value}`);
    }
    this.ensure(4);
    this.buf.writeUInt32BE(value >>> 0, this.pos);
    this.pos += 4;
  }

  hyper(value: bigint): void {
    this.ensure(8);
    this.buf.writeBigInt64BE(BigInt.asIntN(64, value), this.pos);
    this.pos += 8;
  }

  uhyper(value: bigint): void {
    if (value < 0n) throw new RangeError(`XDR unsigned hyper is negative: ${value}`);
    this.ensure(8);
    this.buf.writeBigUInt64BE(BigInt.asUintN(64, value), this.pos);
    this.pos += 8;
  }

  double(value: number): void {
    this.ensure(8);
    this.buf.writeDoubleBE(value, this.pos);
    this.pos += 8;
  }

  /** Raw bytes followed by zero padding to the next 4-byte boundary (no length word). */
  fixedOpaque(bytes: Uint8Array): void {
    const padded = (bytes.length + 3) & ~3;
    this.ensure(padded);
    this.buf.set(bytes, this.pos);
    this.buf.fill(0, this.pos + bytes.length, this.pos + padded);
    this.pos += padded;
  }

  varOpaque(bytes: Uint8Array): void {
    this.uint(bytes.length);
    this.fixedOpaque(bytes);
  }

  string(value: string): void {
    const byteLength = Buffer.byteLength(value, 'utf8');
    const padded = (byteLength + 3) & ~3;
    this.uint(byteLength);
    this.ensure(padded);
    this.buf.write(value, this.pos, 'utf8');
    this.buf.fill(0, this.pos + byteLength, this.pos + padded);
    this.pos += padded;
  }

  /** Overwrites a u32 already written, e.g. a frame's length word. */
  patchUint(offset: number, value: number): void {
    this.buf.writeUInt32BE(value >>> 0, offset);
  }

  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

/**
 * XDR (RFC 4506) decoder over one message's bytes. Every read checks the remaining
 * length first, so a truncated or hostile payload raises an XdrError, never reads past
 * the end and never allocates more than the payload could hold.
 */
export class XdrError extends Error {
  override name = 'XdrError';
}

export class XdrReader {
  private pos: number;

  constructor(
    private readonly buf: Buffer,
    offset = 0,
    private readonly end = buf.length,
  ) {
    this.pos = offset;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(bytes: number, what: string): void {
    if (bytes > this.end - this.pos) {
      throw new XdrError(
        `truncated XDR data: ${what} needs ${bytes} bytes, ${this.end - this.pos} left`,
      );
    }
  }

  int(): number {
    this.need(4, 'int');
    const v = this.buf.readInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  uint(): number {
    this.need(4, 'unsigned int');
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  hyper(): bigint {
    this.need(8, 'hyper');
    const v = this.buf.readBigInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  uhyper(): bigint {
    this.need(8, 'unsigned hyper');
    const v = this.buf.readBigUInt64BE(this.pos);
    this.pos += 8;
    return v;
  }

  double(): number {
    this.need(8, 'double');
    const v = this.buf.readDoubleBE(this.pos);
    this.pos += 8;
    return v;
  }

  /** A copy of `length` raw bytes, skipping the padding after them. */
  fixedOpaque(length: number): Uint8Array {
    const padded = (length + 3) & ~3;
    this.need(padded, 'opaque');
    // A plain Uint8Array copy, so handles compare equal and never pin the socket's buffer.
    const out = new Uint8Array(length);
    out.set(this.buf.subarray(this.pos, this.pos + length));
    this.pos += padded;
    return out;
  }

  varOpaque(max: number): Uint8Array {
    const length = this.uint();
    if (length > max) throw new XdrError(`opaque of ${length} bytes exceeds its limit of ${max}`);
    return this.fixedOpaque(length);
  }

  string(max: number): string {
    const length = this.uint();
    if (length > max) throw new XdrError(`string of ${length} bytes exceeds its limit of ${max}`);
    const padded = (length + 3) & ~3;
    this.need(padded, 'string');
    const s = this.buf.toString('utf8', this.pos, this.pos + length);
    this.pos += padded;
    return s;
  }

  /** An array count, checked against both its declared limit and what the data could hold. */
  count(max: number, minItemBytes: number): number {
    const n = this.uint();
    if (n > max) throw new XdrError(`array of ${n} items exceeds its limit of ${max}`);
    if (n * minItemBytes > this.end - this.pos) {
      throw new XdrError(`array of ${n} items cannot fit in the ${this.end - this.pos} bytes left`);
    }
    return n;
  }
}

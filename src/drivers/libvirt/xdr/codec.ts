import { XdrError } from './reader';
import type { XdrReader } from './reader';
import type { XdrWriter } from './writer';

/**
 * Codec descriptors: a value describes one XDR type and knows how to write and read it.
 * The protocol tables are built from these combinators, so the wire layout of every
 * procedure is declared exactly once.
 */
export interface Codec<T> {
  encode(w: XdrWriter, value: T): void;
  decode(r: XdrReader): T;
  /** The fewest bytes one item can take on the wire; bounds array counts before allocating. */
  readonly minBytes: number;
}

export type CodecValue<C> = C extends Codec<infer T> ? T : never;

/** Largest string the daemon accepts anywhere (REMOTE_STRING_MAX). */
export const STRING_MAX = 4_194_304;
/** Arrays are decoded leniently: the daemon's own limits grew across versions. */
const LENIENT_ARRAY_MAX = 0x7fffffff;

export const int: Codec<number> = {
  encode: (w, v) => w.int(v),
  decode: (r) => r.int(),
  minBytes: 4,
};
export const uint: Codec<number> = {
  encode: (w, v) => w.uint(v),
  decode: (r) => r.uint(),
  minBytes: 4,
};
export const hyper: Codec<bigint> = {
  encode: (w, v) => w.hyper(v),
  decode: (r) => r.hyper(),
  minBytes: 8,
};
export const uhyper: Codec<bigint> = {
  encode: (w, v) => w.uhyper(v),
  decode: (r) => r.uhyper(),
  minBytes: 8,
};
export const double: Codec<number> = {
  encode: (w, v) => w.double(v),
  decode: (r) => r.double(),
  minBytes: 8,
};

/** XDR bool: an int that must be 0 or 1. */
export const bool: Codec<boolean> = {
  encode: (w, v) => w.int(v ? 1 : 0),
  decode: (r) => {
    const v = r.int();
    if (v !== 0 && v !== 1) throw new XdrError(`bool must be 0 or 1, got ${v}`);
    return v === 1;
  },
  minBytes: 4,
};

/** remote_nonnull_string. */
export const string: Codec<string> = {
  encode: (w, v) => w.string(v),
  decode: (r) => r.string(STRING_MAX),
  minBytes: 4,
};

/** Nothing on the wire (void arguments or results). */
export const voidCodec: Codec<undefined> = {
  encode: () => undefined,
  decode: () => undefined,
  minBytes: 0,
};

/** `T *`: a u32 0/1 presence word, then T. Absent decodes to null. */
export function optional<T>(item: Codec<T>): Codec<T | null> {
  return {
    encode(w, v) {
      if (v === null) {
        w.uint(0);
      } else {
        w.uint(1);
        item.encode(w, v);
      }
    },
    decode(r) {
      const present = r.uint();
      if (present === 0) return null;
      if (present !== 1)
        throw new XdrError(`optional presence word must be 0 or 1, got ${present}`);
      return item.decode(r);
    },
    minBytes: 4,
  };
}

/** remote_string: an optional string, kept apart from "" on purpose. */
export const optString = optional(string);

/** `T<max>`: a u32 count, then the items. */
export function array<T>(item: Codec<T>, max = LENIENT_ARRAY_MAX): Codec<T[]> {
  return {
    encode(w, v) {
      if (v.length > max)
        throw new RangeError(`array of ${v.length} items exceeds its limit of ${max}`);
      w.uint(v.length);
      for (const x of v) item.encode(w, x);
    },
    decode(r) {
      const n = r.count(max, item.minBytes);
      const out = new Array<T>(n);
      for (let i = 0; i < n; i++) out[i] = item.decode(r);
      return out;
    },
    minBytes: 4,
  };
}

/** `opaque[length]`: raw bytes, no count. */
export function fixedOpaque(length: number): Codec<Uint8Array> {
  return {
    encode(w, v) {
      if (v.length !== length)
        throw new RangeError(`fixed opaque needs ${length} bytes, got ${v.length}`);
      w.fixedOpaque(v);
    },
    decode: (r) => r.fixedOpaque(length),
    minBytes: (length + 3) & ~3,
  };
}

/** `opaque<max>`. */
export function opaque(max = LENIENT_ARRAY_MAX): Codec<Uint8Array> {
  return { encode: (w, v) => w.varOpaque(v), decode: (r) => r.varOpaque(max), minBytes: 4 };
}

/**
 * `char name[length]`: rpcgen widens each char to a 4-byte int. Decoded as text up to the
 * first NUL.
 */
export function charArray(length: number): Codec<string> {
  return {
    encode(w, v) {
      const bytes = Buffer.from(v, 'latin1');
      for (let i = 0; i < length; i++) w.int(i < bytes.length ? (bytes[i] ?? 0) : 0);
    },
    decode(r) {
      const bytes: number[] = [];
      let ended = false;
      for (let i = 0; i < length; i++) {
        const c = r.int() & 0xff;
        if (c === 0) ended = true;
        if (!ended) bytes.push(c);
      }
      return Buffer.from(bytes).toString('latin1');
    },
    minBytes: length * 4,
  };
}

/** `char name<max>` holding a C string: ints, one per char, the count includes the NUL. */
export function charString(max: number): Codec<string> {
  return {
    encode(w, v) {
      const bytes = Buffer.from(v + '\0', 'latin1');
      w.uint(bytes.length);
      for (const b of bytes) w.int(b);
    },
    decode(r) {
      const n = r.count(max, 4);
      const bytes: number[] = [];
      for (let i = 0; i < n; i++) bytes.push(r.int() & 0xff);
      const nul = bytes.indexOf(0);
      return Buffer.from(nul === -1 ? bytes : bytes.slice(0, nul)).toString('latin1');
    },
    minBytes: 4,
  };
}

type StructShape = Record<string, Codec<unknown>>;
export type StructValue<S extends StructShape> = { [K in keyof S]: CodecValue<S[K]> };

/** A struct: the fields concatenated in the order the shape declares them. */
export function struct<S extends StructShape>(shape: S): Codec<StructValue<S>> {
  const fields = Object.entries(shape);
  const minBytes = fields.reduce((sum, [, c]) => sum + c.minBytes, 0);
  return {
    encode(w, v) {
      for (const [name, codec] of fields) codec.encode(w, v[name]);
    },
    decode(r) {
      const out: Record<string, unknown> = {};
      for (const [name, codec] of fields) out[name] = codec.decode(r);
      return out as StructValue<S>;
    },
    minBytes,
  };
}

/** `T name[length]`: exactly `length` items, no count. */
export function fixedArray<T>(item: Codec<T>, length: number): Codec<T[]> {
  return {
    encode(w, v) {
      if (v.length !== length)
        throw new RangeError(`fixed array needs ${length} items, got ${v.length}`);
      for (const x of v) item.encode(w, x);
    },
    decode(r) {
      const out = new Array<T>(length);
      for (let i = 0; i < length; i++) out[i] = item.decode(r);
      return out;
    },
    minBytes: item.minBytes * length,
  };
}

/** A decoded `union switch (int d)`: the discriminant and the chosen arm's value. */
export interface UnionValue {
  discriminant: number;
  value: unknown;
}

/**
 * `union switch (int d) { case ...: arm; default: arm; }`. An unknown discriminant without
 * a default arm is a decode error: the arm's length cannot be known.
 */
export function union(
  arms: ReadonlyMap<number, Codec<unknown>>,
  defaultArm?: Codec<unknown>,
): Codec<UnionValue> {
  const armFor = (d: number): Codec<unknown> => {
    const arm = arms.get(d) ?? defaultArm;
    if (!arm) throw new XdrError(`union has no arm for discriminant ${d}`);
    return arm;
  };
  const armMin = [...arms.values(), ...(defaultArm ? [defaultArm] : [])].map((c) => c.minBytes);
  return {
    encode(w, v) {
      w.int(v.discriminant);
      armFor(v.discriminant).encode(w, v.value);
    },
    decode(r) {
      const discriminant = r.int();
      return { discriminant, value: armFor(discriminant).decode(r) };
    },
    minBytes: 4 + (armMin.length ? Math.min(...armMin) : 0),
  };
}

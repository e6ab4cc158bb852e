import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import * as types from '../../../src/drivers/libvirt/protocol/remote-types.gen';
import {
  REMOTE_MESSAGES,
  REMOTE_PROCEDURES,
} from '../../../src/drivers/libvirt/protocol/remote-procedures.gen';
import { REMOTE_SCHEMA } from '../../../src/drivers/libvirt/protocol/schema.gen';
import type { SchemaType } from '../../../src/drivers/libvirt/protocol/schema';
import { argumentsCodec } from '../../../src/drivers/libvirt/protocol/procedure';
import type { Codec } from '../../../src/drivers/libvirt/xdr/codec';
import { XdrReader } from '../../../src/drivers/libvirt/xdr/reader';
import { XdrWriter } from '../../../src/drivers/libvirt/xdr/writer';

/**
 * Every generated codec, fed values made from the generated schema: encoding then
 * decoding gives the value back, and uses every byte.
 */

/** char arrays carry one byte per character and end at a NUL: latin1 text without NULs. */
const latin1 = fc
  .string({ maxLength: 12 })
  .map((s) => [...s].map((c) => (c > '\0' && c <= '\xff' ? c : 'x')).join(''));

/** Hand-written codecs the schema names by their XDR type. */
const OVERRIDES: Record<string, Arbitrary<unknown>> = {
  remote_typed_param_value: fc.oneof(
    fc.record({ type: fc.constant('int'), value: fc.integer() }),
    fc.record({ type: fc.constant('uint'), value: fc.nat({ max: 0xffffffff }) }),
    fc.record({ type: fc.constant('llong'), value: fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n) }),
    fc.record({ type: fc.constant('ullong'), value: fc.bigInt(0n, 2n ** 64n - 1n) }),
    fc.record({ type: fc.constant('double'), value: fc.double({ noNaN: true }) }),
    fc.record({ type: fc.constant('boolean'), value: fc.boolean() }),
    fc.record({ type: fc.constant('string'), value: fc.string({ maxLength: 8 }) }),
  ),
};

const cache = new Map<string, Arbitrary<unknown>>();

function named(name: string): Arbitrary<unknown> {
  const hit = cache.get(name);
  if (hit) return hit;
  const def = REMOTE_SCHEMA.types[name] ?? REMOTE_SCHEMA.callStructs[name];
  if (!def) throw new Error(`the schema has no type ${name}`);
  let arb: Arbitrary<unknown>;
  if ('struct' in def) {
    arb = fc.record(Object.fromEntries(def.struct.map(([f, t]) => [f, arbitrary(t)])));
  } else if ('alias' in def) {
    arb = arbitrary(def.alias);
  } else if ('override' in def) {
    const o = OVERRIDES[def.override];
    if (!o) throw new Error(`no arbitrary for the hand-written ${def.override}`);
    arb = o;
  } else {
    arb = fc.oneof(
      ...def.union.map(([d, t]) =>
        fc.record({ discriminant: fc.constant(d), value: arbitrary(t) }),
      ),
    );
  }
  cache.set(name, arb);
  return arb;
}

function arbitrary(t: SchemaType): Arbitrary<unknown> {
  if (typeof t === 'string') {
    switch (t) {
      case 'int':
        return fc.integer();
      case 'uint':
        return fc.nat({ max: 0xffffffff });
      case 'hyper':
        return fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);
      case 'uhyper':
        return fc.bigInt(0n, 2n ** 64n - 1n);
      case 'double':
        return fc.double({ noNaN: true });
      case 'bool':
        return fc.boolean();
      case 'string':
        return fc.string({ maxLength: 12 });
      case 'void':
        return fc.constant(undefined);
    }
  }
  if ('ref' in t) return named(t.ref);
  if ('opaque' in t)
    return t.opaque === 'var'
      ? fc.uint8Array({ maxLength: 9 })
      : fc.uint8Array({ minLength: t.opaque, maxLength: t.opaque });
  if ('array' in t) return fc.array(arbitrary(t.array), { maxLength: 3 });
  if ('fixedArray' in t)
    return fc.array(arbitrary(t.fixedArray), { minLength: t.length, maxLength: t.length });
  if ('optional' in t) return fc.option(arbitrary(t.optional), { nil: null });
  if ('chars' in t) return latin1.map((s) => s.slice(0, t.chars));
  return latin1.map((s) => s.slice(0, Math.max(0, t.charString - 1)));
}

function roundTrip(codec: Codec<unknown>, value: unknown): unknown {
  const w = new XdrWriter();
  codec.encode(w, value);
  const bytes = w.finish();
  const r = new XdrReader(bytes);
  const back = codec.decode(r);
  expect(r.remaining).toBe(0);
  return back;
}

const RUNS = { numRuns: 15 };

describe('generated codecs round-trip values made from the schema', () => {
  it('cover every shared type', () => {
    const codecs = types as unknown as Record<string, Codec<unknown>>;
    const names = Object.keys(REMOTE_SCHEMA.types);
    // Every exported codec is described, and every description but the hand-written
    // typed-parameter union (tested through typedParam) has its codec.
    expect(Object.keys(codecs).sort()).toEqual(
      names.filter((n) => !('override' in REMOTE_SCHEMA.types[n]!)).sort(),
    );
    for (const name of names) {
      const codec = codecs[name];
      if (!codec) continue;
      fc.assert(
        fc.property(named(name), (v) => {
          expect(roundTrip(codec, v)).toEqual(v);
        }),
        RUNS,
      );
    }
  });

  it("cover every procedure's arguments and result", () => {
    const entries = Object.entries(REMOTE_PROCEDURES) as [
      string,
      { proc: number; args: readonly Codec<unknown>[]; ret: Codec<unknown> },
    ][];
    expect(entries.length + Object.keys(REMOTE_MESSAGES).length).toBe(443);
    for (const [name, spec] of entries) {
      const schema = REMOTE_SCHEMA.calls[name];
      if (!schema) throw new Error(`the schema has no procedure ${name}`);
      expect(schema.proc).toBe(spec.proc);
      const fixedArgs = schema.fixedArgs ?? {};
      const args = fc.tuple(
        ...schema.args.map((t, i) => (i in fixedArgs ? fc.constant(fixedArgs[i]) : arbitrary(t))),
      );
      const codec = argumentsCodec(spec.args);
      fc.assert(
        fc.property(args, arbitrary(schema.ret), (all, ret) => {
          const params = all.filter((_, i) => !(i in fixedArgs));
          const w = new XdrWriter();
          codec.encode(w, params);
          const r = new XdrReader(w.finish());
          expect(codec.decode(r)).toEqual(all);
          expect(r.remaining).toBe(0);
          expect(roundTrip(spec.ret, ret)).toEqual(ret);
        }),
        RUNS,
      );
    }
  });

  it('cover every message the daemon sends', () => {
    for (const [name, spec] of Object.entries(REMOTE_MESSAGES)) {
      const schema = REMOTE_SCHEMA.messages[name];
      if (!schema) throw new Error(`the schema has no message ${name}`);
      fc.assert(
        fc.property(arbitrary(schema.msg), (v) => {
          expect(roundTrip(spec.msg as Codec<unknown>, v)).toEqual(v);
        }),
        RUNS,
      );
    }
  });
});

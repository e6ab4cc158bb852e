import type { Declaration, Definition, XdrType } from './xdr-parser';
import { camel, pascal, typeName } from './naming';
import type { SchemaDef, SchemaType } from '../../src/drivers/libvirt/protocol/schema';

/**
 * Turns parsed XDR definitions into codec expressions built from xdr/codec.ts, plus a
 * compact schema of the same types (schema.gen.ts) that tests walk to make values.
 */

/** Types whose hand-written codec (protocol/typed-param.ts) replaces the generated one. */
export const CODEC_OVERRIDES: Record<string, { name: string; from: string }> = {
  // Decoded as { type: 'int' | 'uint' | ..., value }, booleans as booleans.
  remote_typed_param_value: { name: 'typedParamValue', from: './typed-param' },
};

export class TypeContext {
  readonly consts = new Map<string, number>();
  readonly enums = new Set<string>();
  readonly typedefs = new Map<string, XdrType>();
  readonly structs = new Map<string, Declaration[]>();
  readonly unions = new Map<string, Extract<Definition, { kind: 'union' }>>();
  readonly optionalHandles = new Set<string>();

  constructor(defs: readonly Definition[], headerNumbers: ReadonlyMap<string, number>) {
    for (const [k, v] of headerNumbers) this.consts.set(k, v);
    for (const d of defs) {
      if (d.kind === 'const') this.consts.set(d.name, this.value(d.value));
      else if (d.kind === 'enum') {
        this.enums.add(d.name);
        for (const m of d.members) this.consts.set(m.name, this.value(m.value));
      } else if (d.kind === 'typedef') {
        this.typedefs.set(d.name, d.type);
        if (d.type.k === 'optional') this.optionalHandles.add(d.name);
      } else if (d.kind === 'struct') this.structs.set(d.name, d.fields);
      else this.unions.set(d.name, d);
    }
  }

  value(v: number | string): number {
    if (typeof v === 'number') return v;
    const n = this.consts.get(v);
    if (n === undefined) throw new Error(`unknown constant ${v}`);
    return n;
  }

  name(xdrName: string): string {
    return CODEC_OVERRIDES[xdrName]?.name ?? typeName(xdrName, this.optionalHandles);
  }

  /** The codec expression for a type, e.g. `array(domain)`. */
  codec(t: XdrType): string {
    switch (t.k) {
      case 'prim':
        switch (t.prim) {
          case 'char':
          case 'short':
            return 'int';
          case 'uchar':
          case 'ushort':
            return 'uint';
          case 'float':
            throw new Error('float is not used by libvirt and has no codec');
          case 'int':
          case 'uint':
          case 'hyper':
          case 'uhyper':
          case 'double':
          case 'bool':
            return t.prim;
        }
        break;
      case 'ref':
        if (this.enums.has(t.name)) return 'int';
        if (!this.typedefs.has(t.name) && !this.structs.has(t.name) && !this.unions.has(t.name))
          throw new Error(`unknown type ${t.name}`);
        return this.name(t.name);
      case 'string':
        return 'string';
      case 'opaque':
        return t.fixed ? `fixedOpaque(${this.value(t.size)})` : 'opaque()';
      case 'array': {
        const isChar = t.item.k === 'prim' && (t.item.prim === 'char' || t.item.prim === 'uchar');
        if (t.fixed)
          return isChar
            ? `charArray(${this.value(t.size)})`
            : `fixedArray(${this.codec(t.item)}, ${this.value(t.size)})`;
        if (isChar) return `charString(${t.max === undefined ? 0x7fffffff : this.value(t.max)})`;
        // Arrays decode leniently: newer daemons raised many limits (docs/libvirt-rpc.md §1.2).
        return `array(${this.codec(t.item)})`;
      }
      case 'optional':
        if (t.item.k === 'ref' && t.item.name === 'remote_nonnull_string') return 'optString';
        return `optional(${this.codec(t.item)})`;
      case 'void':
        return 'voidCodec';
    }
  }

  schema(t: XdrType): SchemaType {
    switch (t.k) {
      case 'prim':
        return this.codec(t) as SchemaType;
      case 'ref':
        if (t.name === 'remote_nonnull_string') return 'string';
        if (t.name === 'remote_string') return { optional: 'string' };
        return this.enums.has(t.name) ? 'int' : { ref: this.name(t.name) };
      case 'string':
        return 'string';
      case 'opaque':
        return { opaque: t.fixed ? this.value(t.size) : 'var' };
      case 'array': {
        const isChar = t.item.k === 'prim' && (t.item.prim === 'char' || t.item.prim === 'uchar');
        if (t.fixed)
          return isChar
            ? { chars: this.value(t.size) }
            : { fixedArray: this.schema(t.item), length: this.value(t.size) };
        if (isChar) return { charString: t.max === undefined ? 0x7fffffff : this.value(t.max) };
        return { array: this.schema(t.item) };
      }
      case 'optional':
        return { optional: this.schema(t.item) };
      case 'void':
        return 'void';
    }
  }

  /** `struct({ a: int, b: string })` for a field list, field names camel-cased. */
  structCodec(fields: readonly Declaration[]): string {
    return `struct({ ${fields.map((f) => `${camel(f.name)}: ${this.codec(f.type)}`).join(', ')} })`;
  }
}

export interface EmittedTypes {
  code: string;
  schema: Record<string, SchemaDef>;
  /** Codec names in the order emitted. */
  names: string[];
}

/** True for the per-call structs, which the procedure table inlines instead. */
export function isCallStruct(name: string): boolean {
  return /_(args|ret)$/.test(name);
}

/** The shared (non per-call) types of a .x file as exported codec constants. */
export function emitTypes(defs: readonly Definition[], ctx: TypeContext): EmittedTypes {
  const lines: string[] = [];
  const schema: Record<string, SchemaDef> = {};
  const names: string[] = [];
  const emitted = new Set<string>(['string', 'optString']);
  // Per-call structs are inlined by the procedure table, unless another type embeds one.
  const embedded = new Set<string>();
  const walk = (t: XdrType): void => {
    if (t.k === 'ref') embedded.add(t.name);
    else if (t.k === 'array' || t.k === 'optional') walk(t.item);
  };
  for (const d of defs) if (d.kind === 'struct') for (const f of d.fields) walk(f.type);
  const define = (xdrName: string, expr: string, def: SchemaDef, withType: boolean) => {
    const name = ctx.name(xdrName);
    if (emitted.has(name)) throw new Error(`two types are both named ${name}`);
    emitted.add(name);
    names.push(name);
    schema[name] = def;
    lines.push(`/** ${xdrName} */`, `export const ${name} = ${expr};`);
    if (withType) lines.push(`export type ${pascal(name)} = CodecValue<typeof ${name}>;`);
  };
  for (const d of defs) {
    if (d.kind === 'typedef') {
      if (d.name === 'remote_nonnull_string' || d.name === 'remote_string') continue;
      define(d.name, ctx.codec(d.type), { alias: ctx.schema(d.type) }, false);
    } else if (d.kind === 'struct' && (!isCallStruct(d.name) || embedded.has(d.name))) {
      define(
        d.name,
        ctx.structCodec(d.fields),
        { struct: d.fields.map((f) => [camel(f.name), ctx.schema(f.type)]) },
        true,
      );
    } else if (d.kind === 'union') {
      const override = CODEC_OVERRIDES[d.name];
      if (override) {
        names.push(override.name);
        emitted.add(override.name);
        schema[override.name] = { override: d.name };
        continue;
      }
      const arms = d.arms.flatMap((a) => a.cases.map((c) => [ctx.value(c), a.decl.type] as const));
      const map = arms.map(([v, t]) => `[${v}, ${ctx.codec(t)}]`).join(', ');
      const dflt = d.defaultArm ? `, ${ctx.codec(d.defaultArm.type)}` : '';
      const def: SchemaDef = { union: arms.map(([v, t]) => [v, ctx.schema(t)]) };
      if (d.defaultArm) def.default = ctx.schema(d.defaultArm.type);
      define(d.name, `union(new Map<number, Codec<unknown>>([${map}])${dflt})`, def, false);
    }
  }
  return { code: lines.join('\n'), schema, names };
}

import type { Definition, EnumMember } from './xdr-parser';
import { camel, methodName } from './naming';
import type { TypeContext } from './emit-types';
import type { ProcedureSchema, SchemaType } from '../../src/drivers/libvirt/protocol/schema';

/**
 * The procedure table: one entry per member of `remote_procedure`, its arguments being
 * the fields of `remote_<name>_args` in wire order and its result `remote_<name>_ret`
 * (a one-field result is that field). Members with a `remote_<name>_msg` struct and no
 * arguments are messages the daemon sends (events), listed apart.
 */

/** Calls whose stream carries data both ways, though the .x annotates only @readstream. */
export const BIDIRECTIONAL_STREAMS = new Set([
  'REMOTE_PROC_DOMAIN_OPEN_CONSOLE',
  'REMOTE_PROC_DOMAIN_OPEN_CHANNEL',
]);

/**
 * Getters that may return string typed parameters: the client always adds
 * VIR_TYPED_PARAM_STRING_OKAY to their flags, as libvirt's C library does.
 */
export const STRING_OKAY_PROCEDURES = new Set([
  'REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS',
  'REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS',
  'REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS',
  'REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS',
  'REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS',
]);

/** Argument fields the client fills in itself rather than taking as a parameter. */
const FIXED_FIELDS: Record<string, string> = { need_results: '1' };

export interface Annotations {
  generate?: string;
  priority?: string;
  acl: string[];
  readstream?: number;
  writestream?: number;
}

export function annotations(member: EnumMember): Annotations {
  const out: Annotations = { acl: [] };
  // The first member's comment also holds the annotations' own documentation
  // ("@readstream: paramnumber", "@acl: <object>:<permission>"), which must not count.
  for (const m of (member.comment ?? '').matchAll(/@(\w+):\s*(\S+)/g)) {
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'acl' && /^[a-z_]+(:|$)/.test(value)) out.acl.push(value);
    else if (key === 'generate' && /^(none|client|server|both)$/.test(value)) out.generate = value;
    else if (key === 'priority' && /^(low|high)$/.test(value)) out.priority = value;
    else if ((key === 'readstream' || key === 'writestream') && /^\d+$/.test(value))
      out[key] = Number(value);
  }
  return out;
}

export interface EmittedProcedures {
  code: string;
  calls: Record<string, ProcedureSchema>;
  messages: Record<string, { proc: number; msg: SchemaType }>;
}

export function emitProcedures(
  procEnum: Extract<Definition, { kind: 'enum' }>,
  prefix: string,
  structPrefix: string,
  ctx: TypeContext,
  publicFunctions: ReadonlyMap<string, string>,
): EmittedProcedures {
  const calls: string[] = [];
  const messages: string[] = [];
  const callSchema: Record<string, ProcedureSchema> = {};
  const messageSchema: EmittedProcedures['messages'] = {};
  const seen = new Set<string>();
  for (const member of procEnum.members) {
    const name = methodName(member.name, prefix, publicFunctions);
    if (seen.has(name)) throw new Error(`two procedures are both named ${name}`);
    seen.add(name);
    const proc = ctx.value(member.value);
    const stem = structPrefix + member.name.slice(prefix.length).toLowerCase();
    const args = ctx.structs.get(`${stem}_args`);
    const ret = ctx.structs.get(`${stem}_ret`);
    const msg = ctx.structs.get(`${stem}_msg`);
    const notes = annotations(member);
    const doc = `/** ${member.name}${notes.acl.length ? ` (acl ${notes.acl.join(', ')})` : ''} */`;
    if (msg && !args && !ret) {
      messages.push(doc, `${name}: { proc: ${proc}, msg: ${ctx.name(`${stem}_msg`)} },`);
      messageSchema[name] = {
        proc,
        msg: { ref: ctx.name(`${stem}_msg`) },
      };
      continue;
    }
    const argCodecs: string[] = [];
    const argSchema: SchemaType[] = [];
    const fixedArgs: Record<number, number> = {};
    for (const [i, f] of (args ?? []).entries()) {
      const fixedValue = FIXED_FIELDS[f.name];
      const codec = ctx.codec(f.type);
      argSchema.push(ctx.schema(f.type));
      if (fixedValue !== undefined) {
        argCodecs.push(`fixed(${codec}, ${fixedValue})`);
        fixedArgs[i] = Number(fixedValue);
      } else if (f.name === 'flags' && codec === 'uint') {
        argCodecs.push('flags');
      } else {
        argCodecs.push(codec);
      }
    }
    let retCodec = 'voidCodec';
    let retSchema: SchemaType = 'void';
    if (ret && ret.length === 1) {
      retCodec = ctx.codec(ret[0]!.type);
      retSchema = ctx.schema(ret[0]!.type);
    } else if (ret) {
      retCodec = ctx.structCodec(ret);
      retSchema = { ref: `${stem}_ret` };
    }
    const options: string[] = [];
    let stream: ProcedureSchema['stream'];
    if (BIDIRECTIONAL_STREAMS.has(member.name)) stream = 'both';
    else if (notes.readstream !== undefined) stream = 'read';
    else if (notes.writestream !== undefined) stream = 'write';
    if (stream) options.push(`stream: '${stream}'`);
    if (STRING_OKAY_PROCEDURES.has(member.name)) options.push('flagsOr: TYPED_PARAM_STRING_OKAY');
    const opts = options.length ? `, { ${options.join(', ')} }` : '';
    calls.push(doc, `${name}: procedure(${proc}, [${argCodecs.join(', ')}], ${retCodec}${opts}),`);
    const schema: ProcedureSchema = { proc, args: argSchema, ret: retSchema };
    if (Object.keys(fixedArgs).length) schema.fixedArgs = fixedArgs;
    if (stream) schema.stream = stream;
    callSchema[name] = schema;
  }
  const code = [
    '/** Every call of the program, by method name. */',
    `export const REMOTE_PROCEDURES = {`,
    ...calls,
    '} as const;',
    '',
    '/** Messages the daemon sends unasked (events), by name: procedure number and payload. */',
    `export const REMOTE_MESSAGES = {`,
    ...messages,
    '} as const;',
  ].join('\n');
  return { code, calls: callSchema, messages: messageSchema };
}

/** The schema of the multi-field result and message structs the table inlines. */
export function callStructSchemas(
  ctx: TypeContext,
  emitted: EmittedProcedures,
): Record<string, { struct: [string, SchemaType][] }> {
  const out: Record<string, { struct: [string, SchemaType][] }> = {};
  const refs = [
    ...Object.values(emitted.calls).map((c) => c.ret),
    ...Object.values(emitted.messages).map((m) => m.msg),
  ];
  for (const r of refs) {
    if (typeof r !== 'object' || !('ref' in r)) continue;
    const fields = ctx.structs.get(r.ref);
    if (!fields) continue;
    out[r.ref] = { struct: fields.map((f) => [camel(f.name), ctx.schema(f.type)]) };
  }
  return out;
}

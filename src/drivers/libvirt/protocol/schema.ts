/**
 * The shape of schema.gen.ts: a compact, JSON-able description of every generated type
 * and procedure, for tests and tools that need to walk the protocol (e.g. to make values
 * of every type). `{ ref: name }` names a codec exported by remote-types.gen.ts, or a
 * per-call struct described in `callStructs`.
 */
export type SchemaType =
  | 'int'
  | 'uint'
  | 'hyper'
  | 'uhyper'
  | 'double'
  | 'bool'
  | 'string'
  | 'void'
  | { ref: string }
  | { opaque: 'var' }
  | { opaque: number }
  | { array: SchemaType }
  | { fixedArray: SchemaType; length: number }
  | { optional: SchemaType }
  | { chars: number }
  | { charString: number };

export type SchemaDef =
  | { struct: [string, SchemaType][] }
  | { union: [number, SchemaType][]; default?: SchemaType }
  | { alias: SchemaType }
  /** A hand-written codec replaces the generated one; the value is the XDR type's name. */
  | { override: string };

export interface ProcedureSchema {
  proc: number;
  /** Every argument in wire order, including those the client fills in itself. */
  args: SchemaType[];
  /** Argument positions the client fills in itself (`need_results`), with their value. */
  fixedArgs?: Record<number, number>;
  ret: SchemaType;
  stream?: 'read' | 'write' | 'both';
}

export interface ProtocolSchema {
  types: Record<string, SchemaDef>;
  callStructs: Record<string, { struct: [string, SchemaType][] }>;
  calls: Record<string, ProcedureSchema>;
  messages: Record<string, { proc: number; msg: SchemaType }>;
}

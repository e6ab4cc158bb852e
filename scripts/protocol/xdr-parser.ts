import { TokenStream, tokenize } from './lexer';

/**
 * A parser for the XDR language (RFC 4506 §6) as libvirt's `.x` files use it: const,
 * typedef, enum, struct and union definitions, with rpcgen's extra scalar types (char,
 * short and their unsigned forms, which travel as 4-byte ints).
 */

/** A size or a case label: a number or the name of a constant. */
export type Value = number | string;

export type Primitive =
  | 'int'
  | 'uint'
  | 'hyper'
  | 'uhyper'
  | 'char'
  | 'uchar'
  | 'short'
  | 'ushort'
  | 'float'
  | 'double'
  | 'bool';

export type XdrType =
  | { k: 'prim'; prim: Primitive }
  | { k: 'ref'; name: string }
  | { k: 'string'; max?: Value }
  | { k: 'opaque'; fixed: true; size: Value }
  | { k: 'opaque'; fixed: false; max?: Value }
  | { k: 'array'; fixed: true; item: XdrType; size: Value }
  | { k: 'array'; fixed: false; item: XdrType; max?: Value }
  | { k: 'optional'; item: XdrType }
  | { k: 'void' };

export interface Declaration {
  name: string;
  type: XdrType;
}

export interface EnumMember {
  name: string;
  value: Value;
  /** The comment before the member (remote_procedure's annotations live there). */
  comment?: string;
}

export type Definition =
  | { kind: 'const'; name: string; value: Value }
  | { kind: 'typedef'; name: string; type: XdrType }
  | { kind: 'enum'; name: string; members: EnumMember[] }
  | { kind: 'struct'; name: string; fields: Declaration[] }
  | {
      kind: 'union';
      name: string;
      discriminant: Declaration;
      arms: { cases: Value[]; decl: Declaration }[];
      defaultArm?: Declaration;
    };

export function parseXdr(source: string, file: string): Definition[] {
  const s = new TokenStream(tokenize(source, file), file);
  const defs: Definition[] = [];
  while (s.peek().kind !== 'eof') {
    const t = s.peek();
    if (t.kind === 'directive') {
      s.next();
      continue;
    }
    if (s.accept('const')) {
      const name = s.ident().text;
      s.expect('=');
      defs.push({ kind: 'const', name, value: value(s) });
    } else if (s.accept('typedef')) {
      const decl = declaration(s);
      defs.push({ kind: 'typedef', name: decl.name, type: decl.type });
    } else if (s.accept('enum')) {
      defs.push({ kind: 'enum', name: s.ident().text, members: enumBody(s) });
    } else if (s.accept('struct')) {
      const name = s.ident().text;
      defs.push({ kind: 'struct', name, fields: structBody(s) });
    } else if (s.accept('union')) {
      defs.push(unionBody(s, s.ident().text));
    } else {
      s.fail(t, `unexpected "${t.text}" at the top level`);
    }
    s.expect(';');
  }
  return defs;
}

function value(s: TokenStream): Value {
  const negative = s.accept('-');
  const t = s.next();
  if (t.kind === 'ident') {
    if (negative) s.fail(t, 'a negated constant name is not XDR');
    return t.text;
  }
  if (t.kind !== 'number') s.fail(t, `expected a number or constant, found "${t.text}"`);
  const n = Number(
    t.text.startsWith('0') && /^0[0-7]+$/.test(t.text) ? parseInt(t.text, 8) : t.text,
  );
  if (!Number.isFinite(n)) s.fail(t, `bad number "${t.text}"`);
  return negative ? -n : n;
}

function enumBody(s: TokenStream): EnumMember[] {
  s.expect('{');
  const members: EnumMember[] = [];
  while (!s.is('}')) {
    const name = s.ident();
    s.expect('=');
    const member: EnumMember = { name: name.text, value: value(s) };
    if (name.comment !== undefined) member.comment = name.comment;
    members.push(member);
    if (!s.accept(',')) break;
  }
  s.expect('}');
  return members;
}

function structBody(s: TokenStream): Declaration[] {
  s.expect('{');
  const fields: Declaration[] = [];
  while (!s.accept('}')) {
    fields.push(declaration(s));
    s.expect(';');
  }
  return fields;
}

function unionBody(s: TokenStream, name: string): Definition {
  s.expect('switch');
  s.expect('(');
  const discriminant = declaration(s);
  s.expect(')');
  s.expect('{');
  const arms: { cases: Value[]; decl: Declaration }[] = [];
  let defaultArm: Declaration | undefined;
  while (!s.accept('}')) {
    if (s.accept('default')) {
      s.expect(':');
      defaultArm = declaration(s);
      s.expect(';');
      continue;
    }
    const cases: Value[] = [];
    while (s.accept('case')) {
      cases.push(value(s));
      s.expect(':');
    }
    if (cases.length === 0) s.fail(s.peek(), `expected case or default in union ${name}`);
    arms.push({ cases, decl: declaration(s) });
    s.expect(';');
  }
  const def: Definition = { kind: 'union', name, discriminant, arms };
  if (defaultArm) def.defaultArm = defaultArm;
  return def;
}

function typeSpecifier(s: TokenStream): XdrType {
  const t = s.ident();
  const prim = (p: Primitive): XdrType => ({ k: 'prim', prim: p });
  switch (t.text) {
    case 'unsigned': {
      const kinds: Record<string, Primitive> = {
        int: 'uint',
        hyper: 'uhyper',
        char: 'uchar',
        short: 'ushort',
        long: 'uint',
      };
      const next = s.peek().text;
      if (s.peek().kind === 'ident' && kinds[next]) {
        s.next();
        return prim(kinds[next]);
      }
      return prim('uint');
    }
    case 'int':
    case 'long':
      return prim('int');
    case 'hyper':
    case 'char':
    case 'short':
    case 'float':
    case 'double':
    case 'bool':
      return prim(t.text);
    case 'void':
      return { k: 'void' };
    case 'struct':
    case 'union':
    case 'enum':
      s.fail(t, `inline ${t.text} bodies are not used by libvirt and not supported`);
      break;
    default:
      return { k: 'ref', name: t.text };
  }
}

/** `type name`, `type name[N]`, `type name<N>`, `type *name`, `opaque`/`string` forms, `void`. */
function declaration(s: TokenStream): Declaration {
  if (s.is('opaque') || s.is('string')) {
    const which = s.next().text;
    const name = s.ident().text;
    if (which === 'opaque' && s.accept('[')) {
      const size = value(s);
      s.expect(']');
      return { name, type: { k: 'opaque', fixed: true, size } };
    }
    s.expect('<');
    const max = s.is('>') ? undefined : value(s);
    s.expect('>');
    if (which === 'string')
      return { name, type: max === undefined ? { k: 'string' } : { k: 'string', max } };
    return {
      name,
      type: max === undefined ? { k: 'opaque', fixed: false } : { k: 'opaque', fixed: false, max },
    };
  }
  const base = typeSpecifier(s);
  if (base.k === 'void') return { name: '', type: base };
  if (s.accept('*')) return { name: s.ident().text, type: { k: 'optional', item: base } };
  const name = s.ident().text;
  if (s.accept('[')) {
    const size = value(s);
    s.expect(']');
    return { name, type: { k: 'array', fixed: true, item: base, size } };
  }
  if (s.accept('<')) {
    const max = s.is('>') ? undefined : value(s);
    s.expect('>');
    return {
      name,
      type:
        max === undefined
          ? { k: 'array', fixed: false, item: base }
          : { k: 'array', fixed: false, item: base, max },
    };
  }
  return { name, type: base };
}

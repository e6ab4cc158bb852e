import { TokenStream, tokenize } from './lexer';
import type { Token } from './lexer';

/**
 * Reads the constants out of libvirt's public C headers: every `typedef enum { ... } name;`
 * (members with implicit or explicit values, sentinels under VIR_ENUM_SENTINELS left out)
 * and every object-like `#define` whose value is a number, a string or an integer
 * expression of known constants.
 */

export interface CEnum {
  name: string;
  file: string;
  members: { name: string; value: number }[];
}

export interface HeaderConstants {
  enums: CEnum[];
  numbers: Map<string, number>;
  strings: Map<string, string>;
}

export function emptyHeaderConstants(): HeaderConstants {
  return { enums: [], numbers: new Map(), strings: new Map() };
}

/** Adds one header's constants to `into` (headers may use constants of earlier ones). */
export function parseHeader(source: string, file: string, into: HeaderConstants): void {
  const s = new TokenStream(tokenize(source, file), file);
  while (s.peek().kind !== 'eof') {
    const t = s.next();
    if (t.kind === 'directive') {
      define(t, file, into);
    } else if (t.text === 'typedef' && s.is('enum') && (s.is('{', 1) || s.is('{', 2))) {
      s.next();
      if (!s.is('{')) s.next();
      into.enums.push(enumBody(s, file, into));
    }
  }
}

function define(t: Token, file: string, into: HeaderConstants): void {
  const m = /^#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(\s+(.*))?$/.exec(t.text);
  if (!m || m[3] === undefined) return;
  const [, name, , body] = m;
  const tokens = tokenize(body, file).filter((x) => x.kind !== 'eof');
  const only = tokens.length === 1 ? tokens[0] : undefined;
  if (only?.kind === 'string') {
    into.strings.set(name!, only.text);
    return;
  }
  const value = evaluate(tokens, into.numbers);
  if (value !== undefined) into.numbers.set(name!, value);
}

function enumBody(s: TokenStream, file: string, into: HeaderConstants): CEnum {
  s.expect('{');
  const members: { name: string; value: number }[] = [];
  let next = 0n;
  let skipping = 0;
  for (;;) {
    const t = s.next();
    if (t.kind === 'eof') s.fail(t, 'unterminated enum');
    if (t.text === '}' && t.kind === 'punct') break;
    if (t.kind === 'directive') {
      if (/^#\s*if/.test(t.text)) skipping += /VIR_ENUM_SENTINELS/.test(t.text) || skipping ? 1 : 0;
      else if (/^#\s*endif/.test(t.text) && skipping) skipping--;
      continue;
    }
    if (t.text === ',') continue;
    if (t.kind !== 'ident') s.fail(t, `unexpected "${t.text}" in an enum`);
    let value = next;
    if (s.accept('=')) {
      const expr: Token[] = [];
      let depth = 0;
      while (depth > 0 || !(s.is(',') || s.is('}') || s.peek().kind === 'directive')) {
        const x = s.next();
        if (x.text === '(') depth++;
        if (x.text === ')') depth--;
        expr.push(x);
      }
      const v = evaluateBig(expr, into.numbers);
      if (v === undefined) s.fail(t, `cannot evaluate the value of ${t.text}`);
      value = v;
    }
    next = value + 1n;
    if (skipping) continue;
    members.push({ name: t.text, value: Number(value) });
    into.numbers.set(t.text, Number(value));
  }
  const name = s.ident().text;
  return { name, file, members };
}

/** Integer constant expressions: literals, known names, ( ), unary - ~, * << >> + - | & ^. */
export function evaluate(tokens: Token[], names: ReadonlyMap<string, number>): number | undefined {
  const v = evaluateBig(tokens, names);
  return v === undefined ? undefined : Number(v);
}

function evaluateBig(tokens: Token[], names: ReadonlyMap<string, number>): bigint | undefined {
  let pos = 0;
  const BINARY: [string[], (a: bigint, b: bigint) => bigint][] = [
    [['|'], (a, b) => a | b],
    [['^'], (a, b) => a ^ b],
    [['&'], (a, b) => a & b],
    [['<<', '>>'], () => 0n],
    [['+', '-'], () => 0n],
    [['*', '/'], () => 0n],
  ];
  const apply = (op: string, a: bigint, b: bigint): bigint => {
    switch (op) {
      case '<<':
        return a << b;
      case '>>':
        return a >> b;
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return a / b;
      default:
        return BINARY.find(([ops]) => ops.includes(op))![1](a, b);
    }
  };
  const level = (n: number): bigint | undefined => {
    if (n === BINARY.length) return unary();
    let left = level(n + 1);
    while (left !== undefined && pos < tokens.length && BINARY[n]![0].includes(tokens[pos]!.text)) {
      const op = tokens[pos++]!.text;
      const right = level(n + 1);
      if (right === undefined) return undefined;
      left = apply(op, left, right);
    }
    return left;
  };
  const unary = (): bigint | undefined => {
    const t = tokens[pos++];
    if (!t) return undefined;
    if (t.text === '-') {
      const v = unary();
      return v === undefined ? undefined : -v;
    }
    if (t.text === '~') {
      const v = unary();
      return v === undefined ? undefined : ~v;
    }
    if (t.text === '(') {
      const v = level(0);
      if (tokens[pos++]?.text !== ')') return undefined;
      return v;
    }
    if (t.kind === 'number') {
      const text = t.text.replace(/[uUlL]+$/, '');
      if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(text)) return undefined;
      return BigInt(text);
    }
    if (t.kind === 'ident') {
      const v = names.get(t.text);
      return v === undefined ? undefined : BigInt(v);
    }
    return undefined;
  };
  const v = level(0);
  return pos === tokens.length ? v : undefined;
}

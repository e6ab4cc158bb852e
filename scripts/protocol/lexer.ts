/**
 * A tokenizer for the two C-like languages the generator reads: libvirt's XDR definition
 * files (`*.x`, rpcgen's language) and its public C headers. Comments are not dropped
 * silently: each token carries the block comment that precedes it, because
 * remote_protocol.x puts its per-procedure annotations (`@generate`, `@readstream`, ...)
 * in the comment before each enum member. Preprocessor lines (`#...`) and rpcgen
 * pass-through lines (`%...`) become single `directive` tokens.
 */

export type TokenKind = 'ident' | 'number' | 'string' | 'punct' | 'directive' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  /** The comment(s) between the previous token and this one, if any. */
  comment?: string;
}

const PUNCT = new Set([
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  ';',
  ',',
  '=',
  '*',
  ':',
  '|',
  '&',
  '-',
  '+',
  '~',
  '/',
  '^',
]);

export class SyntaxError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let comment: string | undefined;
  let atLineStart = true;
  const push = (kind: TokenKind, text: string, at: number) => {
    const token: Token = { kind, text, line: at };
    if (comment !== undefined) token.comment = comment;
    comment = undefined;
    tokens.push(token);
    atLineStart = false;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
      atLineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) throw new SyntaxError(file, line, 'unterminated comment');
      const text = source.slice(i + 2, end);
      comment = comment === undefined ? text : `${comment}\n${text}`;
      line += text.split('\n').length - 1;
      i = end + 2;
      continue;
    }
    if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      const text = source.slice(i + 2, end === -1 ? source.length : end);
      comment = comment === undefined ? text : `${comment}\n${text}`;
      i = end === -1 ? source.length : end;
      continue;
    }
    if (atLineStart && (c === '#' || c === '%')) {
      // A directive runs to the end of the line, joined with backslash continuations.
      const start = line;
      let text = '';
      while (i < source.length && source[i] !== '\n') {
        if (source[i] === '\\' && source[i + 1] === '\n') {
          i += 2;
          line++;
          continue;
        }
        if (source.startsWith('/*', i)) {
          const end = source.indexOf('*/', i + 2);
          if (end === -1) throw new SyntaxError(file, line, 'unterminated comment');
          line += source.slice(i, end).split('\n').length - 1;
          i = end + 2;
          continue;
        }
        text += source[i];
        i++;
      }
      push('directive', text.trim(), start);
      atLineStart = true;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[A-Za-z0-9_]/.test(source[j]!)) j++;
      push('ident', source.slice(i, j), line);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < source.length && /[0-9A-Za-z_]/.test(source[j]!)) j++;
      push('number', source.slice(i, j), line);
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      push('string', source.slice(i + 1, j), line);
      i = j + 1;
      continue;
    }
    if (source.startsWith('<<', i) || source.startsWith('>>', i)) {
      push('punct', source.slice(i, i + 2), line);
      i += 2;
      continue;
    }
    if (PUNCT.has(c)) {
      push('punct', c, line);
      i++;
      continue;
    }
    // Anything else (`@` in a .h.in template, `.`, `'`) is a one-character token the
    // parsers reject where it matters.
    push('punct', c, line);
    i++;
  }
  push('eof', '', line);
  return tokens;
}

/** A cursor over tokens with the small set of helpers both parsers need. */
export class TokenStream {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    readonly file: string,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }
  is(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind !== 'string' && t.text === text;
  }
  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }
  expect(text: string): Token {
    const t = this.next();
    if (t.text !== text || t.kind === 'string')
      this.fail(t, `expected "${text}", found "${t.text}"`);
    return t;
  }
  ident(): Token {
    const t = this.next();
    if (t.kind !== 'ident') this.fail(t, `expected a name, found "${t.text}"`);
    return t;
  }
  fail(t: Token, message: string): never {
    throw new SyntaxError(this.file, t.line, message);
  }
}

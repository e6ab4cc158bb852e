/**
 * Entity handling for the XML subset libvirt reads and writes: the five predefined
 * entities and numeric character references. libvirt documents never declare entities of
 * their own, so anything else is an error rather than something to pass through.
 */

import { codePointName, isXmlChar, printable } from './chars';

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entity and character references; returns null for an unknown or broken one. */
export function decodeEntities(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let broken = false;
  const decoded = raw.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) {
      broken = true;
      return whole;
    }
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code === undefined) {
      broken = true;
      return whole;
    }
    const point = name.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
    if (!isXmlChar(point)) {
      broken = true;
      return whole;
    }
    return String.fromCodePoint(point);
  });
  return broken ? null : decoded;
}

/** Why a reference cannot be read: `reason` says so for a character reference. */
export interface ReferenceProblem {
  /** Where the reference's "&" is in the text. */
  readonly offset: number;
  /** For a character reference to a character XML does not allow; else the name is unknown. */
  readonly reason: string | undefined;
}

/**
 * The first reference `decodeEntities` refuses: unterminated, unknown, or a character
 * reference to something outside XML's Char production (`&#1;`, `&#xD800;`, `&#xFFFE;`).
 * One pass over the text, however many "&" it holds.
 */
export function referenceProblem(raw: string): ReferenceProblem | undefined {
  for (let at = raw.indexOf('&'); at >= 0;) {
    let end = at + 1;
    while (end < raw.length && raw[end] !== ';' && raw[end] !== '&') end++;
    if (raw[end] !== ';') return { offset: at, reason: undefined };
    const name = raw.slice(at + 1, end);
    if (NAMED[name] === undefined) {
      const point = codePointOf(name);
      if (point === undefined) return { offset: at, reason: undefined };
      const reason = nonCharReason(name, point);
      if (reason !== undefined) return { offset: at, reason };
    }
    at = raw.indexOf('&', end);
  }
  return undefined;
}

/**
 * Why the first character reference in `raw` names a character XML does not allow (see
 * `referenceProblem`), ignoring every other kind of reference; undefined if none does.
 */
export function nonCharReference(raw: string): string | undefined {
  if (!raw.includes('&#')) return undefined;
  for (const [, name = ''] of raw.matchAll(/&(#x[0-9a-fA-F]+|#[0-9]+);/g)) {
    const reason = nonCharReason(name, codePointOf(name) ?? 0);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** The code point of a character reference's name (`#65`, `#x41`); undefined for others. */
function codePointOf(name: string): number | undefined {
  const hex = /^#x([0-9a-fA-F]+)$/.exec(name)?.[1];
  if (hex !== undefined) return parseInt(hex, 16);
  const decimal = /^#([0-9]+)$/.exec(name)?.[1];
  return decimal === undefined ? undefined : parseInt(decimal, 10);
}

function nonCharReason(name: string, point: number): string | undefined {
  const reference = printable(`&${name};`);
  if (point > 0x10ffff) return `${reference} is beyond U+10FFFF, the last Unicode character`;
  if (!isXmlChar(point)) {
    return `${reference} refers to ${codePointName(point)}, which XML does not allow`;
  }
  return undefined;
}

/**
 * Escapes text content the way libvirt's formatter does (virBufferEscapeString). A character
 * XML does not allow has no escape; the serializer refuses to write it (chars.ts).
 */
export function encodeText(value: string): string {
  return value.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

/**
 * Escapes a value for a double-quoted attribute; also escapes ' as libvirt does, and tabs
 * and line breaks, which a parser would otherwise read back as spaces.
 */
export function encodeAttribute(value: string): string {
  return value.replace(/[<>&"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute's value as XML defines it: literal tabs and line breaks read as spaces. */
export function decodeAttribute(raw: string): string | null {
  return decodeEntities(raw.replace(/[\t\n\r]/g, ' '));
}

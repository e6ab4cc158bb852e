/**
 * Entity handling for the XML subset libvirt reads and writes: the five predefined
 * entities and numeric character references. libvirt documents never declare entities of
 * their own, so anything else is an error rather than something to pass through.
 */

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
    if (point > 0x10ffff) {
      broken = true;
      return whole;
    }
    return String.fromCodePoint(point);
  });
  return broken ? null : decoded;
}

/** Escapes text content the way libvirt's formatter does (virBufferEscapeString). */
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

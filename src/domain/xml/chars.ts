/**
 * XML 1.0's character rules (production [2] Char):
 *
 *   #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
 *
 * Nothing else may appear in a document: not in text, attribute values, comments, names or
 * anywhere else, and not as a character reference either (`&#1;` is an error in XML 1.0;
 * only XML 1.1 allows it). So the parser refuses such characters, and the serializer
 * refuses to write them rather than escaping them, since no escape exists.
 */

/** One code point outside Char; a lone surrogate counts as one (the `u` flag sees it so). */
const NOT_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The index of the first character XML does not allow, at or after `from`; -1 if none. */
export function firstNonChar(text: string, from = 0): number {
  NOT_CHAR.lastIndex = from;
  const match = NOT_CHAR.exec(text);
  return match ? match.index : -1;
}

export function isXmlChar(point: number): boolean {
  return point < 0x20
    ? point === 0x9 || point === 0xa || point === 0xd
    : point <= 0xd7ff ||
        (point >= 0xe000 && point <= 0xfffd) ||
        (point >= 0x10000 && point <= 0x10ffff);
}

/** "U+0001", "U+D800", "U+1F600". */
export function codePointName(point: number): string {
  return `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The name of the character at `index` (a whole surrogate pair counts as one). */
export function charNameAt(text: string, index: number): string {
  return codePointName(text.codePointAt(index) ?? 0);
}

/** Text for a message: characters XML does not allow shown as \uXXXX, and at most 60 long. */
export function printable(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return short.replace(
    NOT_CHAR,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

import { charNameAt, printable } from './chars';
import { decodeAttribute, referenceProblem } from './escape';
import { XmlParseError } from './limits';
import { XmlDocument, XmlElement, XmlMarkup, XmlText } from './nodes';
import type { XmlAttribute, XmlNode } from './nodes';

/** An element whose start tag has been read and whose end tag has not. */
interface Open {
  name: string;
  attributes: XmlAttribute[];
  startTagTail: string;
  /** Its content so far, `children[0, count)`; the array is reused at this depth. */
  children: XmlNode[];
  count: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** XML's S production: space, tab, line feed, carriage return. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

const isNameStart = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0xc0;

const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7;

/** Where an attribute name ends: space, =, /, >, quotes or <. */
const endsAttributeName = (c: number): boolean =>
  isSpace(c) ||
  c === EQUALS ||
  c === SLASH ||
  c === GT ||
  c === QUOTE ||
  c === APOSTROPHE ||
  c === LT;

/**
 * Names and whole attributes repeat all through a document (` type='pci'`,
 * ` domain='0x0000'`), so a parse keeps one string per name and one object per attribute
 * source instead of one per occurrence: an attribute is an immutable value
 * (`XmlElement.setAttribute` replaces it), so elements can share it. The tables live for
 * one parse only (their strings are slices of its text, which a longer-lived table would
 * keep alive), and start over when full, so made-up names cannot grow them without end.
 */
export class Interned {
  private readonly names = new Map<string, string>();
  readonly attributes = new Map<string, XmlAttribute>();

  name(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.names.size >= TABLE_SIZE) this.names.clear();
    this.names.set(name, name);
    return name;
  }

  remember(attribute: XmlAttribute & { source: string }): XmlAttribute {
    if (attribute.source.length <= MAX_SHARED_SOURCE) {
      if (this.attributes.size >= TABLE_SIZE) this.attributes.clear();
      this.attributes.set(attribute.source, attribute);
    }
    return attribute;
  }
}

const TABLE_SIZE = 16384;
const MAX_SHARED_SOURCE = 80;

/** What an element without attributes gets: XmlElement keeps its own shared empty array. */
const NO_ATTRIBUTES: XmlAttribute[] = [];

/** "\n" followed by 0 to 63 spaces: the indentation between elements, one string each. */
const INDENTS: string[] = [];

/** One pass over one document of the text (see parse.ts). */
export class Scanner {
  private pos: number;
  private readonly top: XmlNode[] = [];
  /** Open elements, innermost last: `open[0, depth)`; deeper entries are reused. */
  private readonly open: Open[] = [];
  private depth = 0;
  private root: XmlElement | undefined;
  private doctype = false;
  /** In multi-document mode, where the next document starts. */
  private nextDocument: number | undefined;
  /** Where the first character XML does not allow is; Infinity when there is none. */
  private readonly bad: number;
  /** The attributes of the start tag being read, `[0, n)`, and their names past eight. */
  private readonly attributes: XmlAttribute[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly src: string,
    start: number,
    private readonly multiDocument: boolean,
    private readonly maxDepth: number,
    bad: number,
    private readonly interned: Interned,
  ) {
    this.pos = start;
    this.bad = bad < 0 ? Infinity : bad;
  }

  /** Where this document's text ends. */
  get end(): number {
    return this.nextDocument ?? this.src.length;
  }

  document(): XmlDocument {
    const src = this.src;
    // A byte order mark from a file saved by an editor is kept, not treated as text.
    if (src.startsWith('\uFEFF', this.pos)) {
      this.add(new XmlMarkup('\uFEFF'));
      this.pos += 1;
    }
    while (this.pos < src.length && this.nextDocument === undefined) {
      if (src.charCodeAt(this.pos) === LT) this.markup();
      else this.text();
    }
    const unclosed = this.open[this.depth - 1];
    if (this.depth > 0 && unclosed) this.fail(`<${unclosed.name}> is never closed`);
    if (!this.root) this.fail('there is no root element');
    return new XmlDocument(this.top, this.root);
  }

  private markup(): void {
    const src = this.src;
    const next = src.charCodeAt(this.pos + 1);
    if (next === 0x21 /* ! */ && src.startsWith('<!--', this.pos)) {
      this.verbatim('-->', 'in a comment', (raw) => new XmlMarkup(raw));
    } else if (next === 0x21 && src.startsWith('<![CDATA[', this.pos)) {
      if (this.depth === 0) this.fail('character data outside the root element');
      this.verbatim(']]>', 'in a CDATA section', (raw) => new XmlText(raw));
    } else if (next === 0x21 && src.startsWith('<!DOCTYPE', this.pos)) {
      if (this.root) this.fail('a DOCTYPE must come before the root element');
      if (this.doctype) this.fail('a second DOCTYPE');
      this.doctype = true;
      const close = src.indexOf('>', this.pos);
      if (close >= 0 && src.slice(this.pos, close).includes('[')) {
        this.fail('internal DTD subsets are not supported');
      }
      this.verbatim('>', 'in the DOCTYPE', (raw) => new XmlMarkup(raw));
    } else if (next === 0x3f /* ? */) {
      this.verbatim('?>', 'in a processing instruction', (raw) => new XmlMarkup(raw));
    } else if (next === SLASH) this.endTag();
    else this.startTag();
  }

  private verbatim(terminator: string, where: string, make: (raw: string) => XmlNode): void {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`missing "${terminator}"`);
    const stop = end + terminator.length;
    if (this.bad < stop) this.failChar(where);
    this.add(make(this.src.slice(this.pos, stop)));
    this.pos = stop;
  }

  private startTag(): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 1;
    const name = this.name();
    if (this.depth === 0 && this.root) {
      if (!this.multiDocument) this.fail('a second root element', start);
      this.nextDocument = start;
      return;
    }
    if (this.depth >= this.maxDepth) {
      this.fail(`elements are nested deeper than ${this.maxDepth} levels`, start);
    }
    const attributes = this.readAttributes(name);
    const tail = this.space();
    const c = src.charCodeAt(this.pos);
    if (c === SLASH && src.charCodeAt(this.pos + 1) === GT) {
      this.pos += 2;
      if (this.bad < this.pos) this.failChar(inStartTag(name));
      const element = new XmlElement(name, attributes);
      element.startTagTail = tail;
      this.add(element);
    } else if (c === GT) {
      this.pos += 1;
      if (this.bad < this.pos) this.failChar(inStartTag(name));
      let open = this.open[this.depth];
      if (open) {
        open.name = name;
        open.attributes = attributes;
        open.startTagTail = tail;
        open.count = 0;
      } else {
        open = { name, attributes, startTagTail: tail, children: [], count: 0 };
        this.open.push(open);
      }
      this.depth++;
    } else {
      this.fail(`a malformed start tag for <${name}>`, this.pos, inStartTag(name));
    }
  }

  /** The attributes of a start tag, in an array of exactly their number. */
  private readAttributes(element: string): XmlAttribute[] {
    const src = this.src;
    const list = this.attributes;
    let n = 0;
    for (;;) {
      const lead = this.pos;
      let p = lead;
      while (isSpace(src.charCodeAt(p))) p++;
      const nameStart = p;
      if (nameStart === lead) break;
      while (p < src.length && !endsAttributeName(src.charCodeAt(p))) p++;
      if (p === nameStart) break;
      const nameEnd = p;
      while (isSpace(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== EQUALS) break;
      p++;
      while (isSpace(src.charCodeAt(p))) p++;
      const quote = src.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOSTROPHE) break;
      const valueStart = p + 1;
      const valueEnd = src.indexOf(quote === QUOTE ? '"' : "'", valueStart);
      if (valueEnd < 0) break;
      const source = src.slice(lead, valueEnd + 1);
      // A source seen before was checked then: same text, same attribute.
      let attribute = this.interned.attributes.get(source);
      if (attribute === undefined) {
        const raw = src.slice(valueStart, valueEnd);
        if (raw.includes('<')) break;
        const name = this.interned.name(src.slice(nameStart, nameEnd));
        if (this.bad <= valueEnd) {
          this.failChar(this.bad < valueStart ? inStartTag(element) : inAttribute(name, element));
        }
        const value = decodeAttribute(raw);
        if (value === null) {
          const problem = referenceProblem(raw);
          const at = valueStart + (problem?.offset ?? 0);
          if (problem?.reason) this.fail(`${problem.reason} (${inAttribute(name, element)})`, at);
          this.fail(`a broken entity reference in attribute "${name}"`, nameStart);
        }
        attribute = this.interned.remember({ name, value, source });
      }
      const name = attribute.name;
      if (this.hasAttribute(name, n)) this.fail(`attribute "${name}" appears twice`, nameStart);
      list[n++] = attribute;
      this.pos = valueEnd + 1;
    }
    return n === 0 ? NO_ATTRIBUTES : list.slice(0, n);
  }

  /** Whether `name` is among the first `n` attributes; a set once there are many. */
  private hasAttribute(name: string, n: number): boolean {
    const list = this.attributes;
    if (n < 8) {
      for (let i = 0; i < n; i++) if (list[i]?.name === name) return true;
      return false;
    }
    if (n === 8) {
      this.seen.clear();
      for (let i = 0; i < n; i++) this.seen.add(list[i]?.name ?? '');
    }
    if (this.seen.has(name)) return true;
    this.seen.add(name);
    return false;
  }

  private endTag(): void {
    const src = this.src;
    const start = this.pos;
    this.pos += 2;
    const open = this.depth > 0 ? this.open[this.depth - 1] : undefined;
    let name: string;
    if (
      open &&
      src.startsWith(open.name, this.pos) &&
      !isNameChar(src.charCodeAt(this.pos + open.name.length))
    ) {
      name = open.name;
      this.pos += name.length;
    } else {
      name = this.name();
    }
    if (!open) this.fail(`</${name}> closes nothing`, start);
    if (open.name !== name) this.fail(`</${name}> closes <${open.name}>`, start);
    const tail = this.space();
    if (src.charCodeAt(this.pos) !== GT) this.fail(`a malformed end tag </${name}>`);
    this.pos += 1;
    if (this.bad < this.pos) this.failChar('in a tag');
    const children = open.count === 0 ? undefined : open.children.slice(0, open.count);
    const element = new XmlElement(name, open.attributes, children);
    if (children) for (const c of children) if (c instanceof XmlElement) c.parent = element;
    element.startTagTail = open.startTagTail;
    element.endTagTail = tail;
    // `<a></a>` is kept as written; an element that had content and loses it becomes `<a/>`.
    element.emptyForm = children ? 'self-closing' : 'pair';
    this.depth--;
    this.add(element);
  }

  private text(): void {
    const src = this.src;
    const start = this.pos;
    const next = src.indexOf('<', start);
    const end = next < 0 ? src.length : next;
    const parent = this.depth > 0 ? this.open[this.depth - 1] : undefined;
    if (this.bad < end) this.failChar(inText(parent));
    if (!parent) {
      for (let p = start; p < end; p++) {
        if (!isSpace(src.charCodeAt(p))) this.fail('text outside the root element');
      }
    }
    const raw = indentation(src, start, end) ?? src.slice(start, end);
    if (raw.includes('&')) {
      const problem = referenceProblem(raw);
      if (problem) {
        const at = start + problem.offset;
        const reason = problem.reason ? `${problem.reason} (${inText(parent)})` : undefined;
        this.fail(reason ?? 'a broken entity reference', at);
      }
    }
    this.add(new XmlText(raw));
    this.pos = end;
  }

  private add(node: XmlNode): void {
    const parent = this.open[this.depth - 1];
    if (this.depth > 0 && parent) {
      parent.children[parent.count++] = node;
      return;
    }
    if (node instanceof XmlElement) this.root = node;
    this.top.push(node);
  }

  private name(): string {
    const src = this.src;
    const start = this.pos;
    if (!isNameStart(src.charCodeAt(start))) this.fail('expected an element name');
    let p = start + 1;
    while (isNameChar(src.charCodeAt(p))) p++;
    this.pos = p;
    return this.interned.name(src.slice(start, p));
  }

  private space(): string {
    const start = this.pos;
    while (isSpace(this.src.charCodeAt(this.pos))) this.pos++;
    return start === this.pos ? '' : this.src.slice(start, this.pos);
  }

  /** The character XML does not allow, as the error; `where` says in what it stands. */
  private failChar(where: string): never {
    this.raise(`${charNameAt(this.src, this.bad)} is not allowed in XML (${where})`, this.bad);
  }

  /**
   * Throws with the line and column of `at`, by default where the scanner stands. When the
   * scanner stopped at a character XML does not allow, that character is the error.
   */
  private fail(reason: string, at = this.pos, where = 'in a tag'): never {
    if (this.bad <= Math.max(at, this.pos)) this.failChar(where);
    this.raise(reason, at);
  }

  private raise(reason: string, at: number): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new XmlParseError(reason, line, column);
  }
}

const inStartTag = (name: string): string => `in the start tag of <${printable(name)}>`;
const inAttribute = (name: string, element: string): string =>
  `in attribute "${printable(name)}" of <${printable(element)}>`;
const inText = (parent: Open | undefined): string =>
  parent ? `in the text of <${printable(parent.name)}>` : 'outside the root element';

/** The text `[start, end)` as a shared string when it is a line break and some spaces. */
function indentation(src: string, start: number, end: number): string | undefined {
  const spaces = end - start - 1;
  if (spaces < 0 || spaces > 63 || src.charCodeAt(start) !== 0x0a) return undefined;
  for (let p = start + 1; p < end; p++) if (src.charCodeAt(p) !== 0x20) return undefined;
  return (INDENTS[spaces] ??= `\n${' '.repeat(spaces)}`);
}

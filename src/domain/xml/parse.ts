import { AppError } from '../../shared/errors';
import { decodeAttribute, decodeEntities } from './escape';
import { XmlDocument, XmlElement, XmlMarkup, XmlText } from './nodes';
import type { XmlAttribute, XmlNode } from './nodes';

/**
 * A small XML scanner that keeps the source of every node, so serializing an unchanged
 * tree reproduces the input byte for byte (quote style, `<a></a>` vs `<a/>`, spacing inside
 * tags, entity spelling). General parsers normalise those away, and then a round trip
 * through the model would show up as a spurious diff on every redefine.
 *
 * It accepts well-formed XML without an internal DTD subset, which is everything libvirt
 * produces or accepts, and rejects the rest with the line and column of the problem.
 */
export function parseXml(source: string): XmlDocument {
  return new Scanner(source).document();
}

/**
 * Parses text that may hold several documents back to back (virt-install prints the
 * install-time and the boot-time definition one after the other). A new root element after
 * a complete one starts the next document; writing the documents one after the other
 * gives back the text. Errors carry the line and column in the whole text.
 */
export function parseXmlDocuments(source: string): XmlDocument[] {
  const documents: XmlDocument[] = [];
  let start = 0;
  do {
    const scanner = new Scanner(source, start, true);
    documents.push(scanner.document());
    start = scanner.end;
  } while (start < source.length);
  return documents;
}

/** Parses a document whose root must be <rootName>; another root is a validation error. */
export function parseDocumentOf(source: string, rootName: string): XmlDocument {
  const document = parseXml(source);
  if (document.root.name !== rootName) {
    throw new AppError({
      code: 'validation',
      message: `Expected a <${rootName}> document but found <${document.root.name}>. Check that the XML describes a ${rootName}.`,
    });
  }
  return document;
}

export class XmlParseError extends AppError {
  constructor(
    /** The problem alone, e.g. "</a> closes <b>", for callers that word their own message. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super({
      code: 'validation',
      message: `The XML is not well-formed (line ${line}, column ${column}): ${reason}. Correct the XML and try again.`,
    });
    this.name = 'XmlParseError';
  }
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const ATTRIBUTE = /(\s+)([^\s=/>"'<]+)(\s*=\s*)("[^"<]*"|'[^'<]*')/y;
const SPACE = /\s*/y;

class Scanner {
  private pos: number;
  private readonly top: XmlNode[] = [];
  private readonly open: XmlElement[] = [];
  private root: XmlElement | undefined;
  /** In multi-document mode, where the next document starts. */
  private nextDocument: number | undefined;

  constructor(
    private readonly src: string,
    start = 0,
    private readonly multiDocument = false,
  ) {
    this.pos = start;
  }

  /** Where this document's text ends. */
  get end(): number {
    return this.nextDocument ?? this.src.length;
  }

  document(): XmlDocument {
    // A byte order mark from a file saved by an editor is kept, not treated as text.
    if (this.src.startsWith('\uFEFF', this.pos)) this.verbatimLength(1);
    while (this.pos < this.src.length && this.nextDocument === undefined) {
      if (this.src.startsWith('<', this.pos)) this.markup();
      else this.text();
    }
    const unclosed = this.open.at(-1);
    if (unclosed) this.fail(`<${unclosed.name}> is never closed`);
    if (!this.root) this.fail('there is no root element');
    return new XmlDocument(this.top, this.root);
  }

  private markup(): void {
    const src = this.src;
    if (src.startsWith('<!--', this.pos)) this.verbatim('-->', (raw) => new XmlMarkup(raw));
    else if (src.startsWith('<![CDATA[', this.pos)) {
      if (this.open.length === 0) this.fail('character data outside the root element');
      this.verbatim(']]>', (raw) => new XmlText(raw));
    } else if (src.startsWith('<!DOCTYPE', this.pos)) {
      if (this.root) this.fail('a DOCTYPE must come before the root element');
      const bracket = src.indexOf('[', this.pos);
      const close = src.indexOf('>', this.pos);
      if (bracket >= 0 && bracket < close) this.fail('internal DTD subsets are not supported');
      this.verbatim('>', (raw) => new XmlMarkup(raw));
    } else if (src.startsWith('<?', this.pos)) this.verbatim('?>', (raw) => new XmlMarkup(raw));
    else if (src.startsWith('</', this.pos)) this.endTag();
    else this.startTag();
  }

  private verbatimLength(length: number): void {
    this.add(new XmlMarkup(this.src.slice(this.pos, this.pos + length)));
    this.pos += length;
  }

  private verbatim(terminator: string, make: (raw: string) => XmlNode): void {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`missing "${terminator}"`);
    this.add(make(this.src.slice(this.pos, end + terminator.length)));
    this.pos = end + terminator.length;
  }

  private startTag(): void {
    const start = this.pos;
    this.pos += 1;
    const element = new XmlElement(this.name());
    if (this.open.length === 0 && this.root) {
      if (!this.multiDocument) this.fail('a second root element', start);
      this.nextDocument = start;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      ATTRIBUTE.lastIndex = this.pos;
      const match = ATTRIBUTE.exec(this.src);
      if (!match) break;
      const [source, space = '', name = '', , quoted = ''] = match;
      const at = this.pos + space.length;
      if (seen.has(name)) this.fail(`attribute "${name}" appears twice`, at);
      seen.add(name);
      const value = decodeAttribute(quoted.slice(1, -1));
      if (value === null) this.fail(`a broken entity reference in attribute "${name}"`, at);
      element.attributes.push({ name, value, source } satisfies XmlAttribute);
      this.pos += source.length;
    }
    element.startTagTail = this.space();
    if (this.src.startsWith('/>', this.pos)) {
      this.pos += 2;
      this.add(element);
    } else if (this.src.startsWith('>', this.pos)) {
      this.pos += 1;
      element.emptyForm = 'pair';
      this.add(element);
      this.open.push(element);
    } else {
      this.fail(`a malformed start tag for <${element.name}>`);
    }
  }

  private endTag(): void {
    const start = this.pos;
    this.pos += 2;
    const name = this.name();
    const element = this.open.pop();
    if (!element) this.fail(`</${name}> closes nothing`, start);
    if (element.name !== name) this.fail(`</${name}> closes <${element.name}>`, start);
    element.endTagTail = this.space();
    // `<a></a>` is kept as written; an element that had content and loses it becomes `<a/>`.
    if (element.children.length > 0) element.emptyForm = 'self-closing';
    if (!this.src.startsWith('>', this.pos)) this.fail(`a malformed end tag </${name}>`);
    this.pos += 1;
  }

  private text(): void {
    const next = this.src.indexOf('<', this.pos);
    const end = next < 0 ? this.src.length : next;
    const raw = this.src.slice(this.pos, end);
    if (this.open.length === 0 && !/^\s*$/.test(raw)) this.fail('text outside the root element');
    if (decodeEntities(raw) === null)
      this.fail('a broken entity reference', this.pos + raw.indexOf('&'));
    this.add(new XmlText(raw));
    this.pos = end;
  }

  private add(node: XmlNode): void {
    const parent = this.open.at(-1);
    if (parent) {
      parent.append(node);
      return;
    }
    if (node instanceof XmlElement) this.root = node;
    this.top.push(node);
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (!match) this.fail('expected an element name');
    this.pos += match[0].length;
    return match[0];
  }

  private space(): string {
    SPACE.lastIndex = this.pos;
    const match = SPACE.exec(this.src)?.[0] ?? '';
    this.pos += match.length;
    return match;
  }

  /** Throws with the line and column of `at`, by default where the scanner stands. */
  private fail(reason: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new XmlParseError(reason, line, column);
  }
}

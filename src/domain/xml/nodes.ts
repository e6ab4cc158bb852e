import { decodeEntities, encodeText } from './escape';

/**
 * The lossless XML tree. Every node remembers the exact source it came from, so writing an
 * untouched document back gives the same bytes; a node changed through the API drops its
 * source and is written in libvirt's own style (double quotes, `<a/>` for empty elements).
 */
export type XmlNode = XmlElement | XmlText | XmlMarkup;

/** Character data. `raw` is the source form (entities still escaped, or a CDATA section). */
export class XmlText {
  constructor(public raw: string) {}

  get value(): string {
    if (this.raw.startsWith('<![CDATA[')) return this.raw.slice(9, -3);
    // The parser has already rejected broken references, so decoding cannot fail here.
    return decodeEntities(this.raw) ?? this.raw;
  }

  set value(value: string) {
    this.raw = encodeText(value);
  }

  /** True for the indentation between elements, which the model treats as layout. */
  get isWhitespace(): boolean {
    return /^\s*$/.test(this.raw);
  }
}

/** Comments, processing instructions, the XML declaration and DOCTYPE: kept verbatim. */
export class XmlMarkup {
  constructor(readonly raw: string) {}
}

export interface XmlAttribute {
  readonly name: string;
  /** The decoded value. */
  readonly value: string;
  /** The exact source, leading whitespace included; absent once the value was set. */
  readonly source?: string;
}

export class XmlElement {
  parent: XmlElement | undefined;
  readonly attributes: XmlAttribute[] = [];
  readonly children: XmlNode[] = [];
  /** Whitespace between the last attribute and `>` or `/>` in the start tag. */
  startTagTail = '';
  /** Whitespace between the name and `>` in the end tag. */
  endTagTail = '';
  /** How an element without children was written: `<a/>` or `<a></a>`. */
  emptyForm: 'self-closing' | 'pair' = 'self-closing';

  constructor(readonly name: string) {}

  /** The name without its namespace prefix. */
  get localName(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 ? this.name : this.name.slice(colon + 1);
  }

  getAttribute(name: string): string | undefined {
    return this.attributes.find((a) => a.name === name)?.value;
  }

  setAttribute(name: string, value: string): void {
    const index = this.attributes.findIndex((a) => a.name === name);
    if (index < 0) this.attributes.push({ name, value });
    else if (this.attributes[index]?.value !== value) this.attributes[index] = { name, value };
  }

  removeAttribute(name: string): void {
    const index = this.attributes.findIndex((a) => a.name === name);
    if (index >= 0) this.attributes.splice(index, 1);
  }

  get elements(): XmlElement[] {
    return this.children.filter((c): c is XmlElement => c instanceof XmlElement);
  }

  /** The first child element with this (prefixed) name. */
  child(name: string): XmlElement | undefined {
    for (const c of this.children) if (c instanceof XmlElement && c.name === name) return c;
    return undefined;
  }

  childrenNamed(name: string): XmlElement[] {
    return this.elements.filter((c) => c.name === name);
  }

  /** The element's own character data (not its descendants'), decoded. */
  get text(): string {
    let text = '';
    for (const c of this.children) if (c instanceof XmlText) text += c.value;
    return text;
  }

  /** Replaces all content with one text node. */
  set text(value: string) {
    for (const c of this.elements) c.parent = undefined;
    this.children.length = 0;
    if (value !== '') {
      const node = new XmlText('');
      node.value = value;
      this.children.push(node);
    }
  }

  /** The namespace URI bound to a prefix ('' for the default namespace), from here upwards. */
  lookupNamespace(prefix: string): string | undefined {
    const attribute = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    return this.getAttribute(attribute) ?? this.parent?.lookupNamespace(prefix);
  }

  get namespaceUri(): string | undefined {
    const colon = this.name.indexOf(':');
    return this.lookupNamespace(colon < 0 ? '' : this.name.slice(0, colon));
  }

  /** Inserts `node` at `index` among all children (text and comments included). */
  insertAt(index: number, node: XmlNode): void {
    if (node instanceof XmlElement) {
      node.parent?.remove(node);
      node.parent = this;
    }
    this.children.splice(index, 0, node);
  }

  append(node: XmlNode): void {
    this.insertAt(this.children.length, node);
  }

  /**
   * Removes a child element together with the indentation in front of it; when only
   * layout is left, that goes too, so the parent is written as `<a/>`.
   */
  remove(child: XmlElement): void {
    const index = this.children.indexOf(child);
    if (index < 0) return;
    const before = this.children[index - 1];
    const dropIndent = before instanceof XmlText && before.isWhitespace;
    this.children.splice(dropIndent ? index - 1 : index, dropIndent ? 2 : 1);
    child.parent = undefined;
    if (this.children.every((c) => c instanceof XmlText && c.isWhitespace))
      this.children.length = 0;
  }

  /** A deep copy, detached from any parent; sources are kept so it serializes the same. */
  clone(): XmlElement {
    const copy = new XmlElement(this.name);
    copy.attributes.push(...this.attributes);
    copy.startTagTail = this.startTagTail;
    copy.endTagTail = this.endTagTail;
    copy.emptyForm = this.emptyForm;
    for (const c of this.children) {
      copy.append(
        c instanceof XmlElement ? c.clone() : c instanceof XmlText ? new XmlText(c.raw) : c,
      );
    }
    return copy;
  }
}

/** A whole document: the root element plus whatever surrounds it, in source order. */
export class XmlDocument {
  constructor(
    /** Every top-level node: declaration, comments, whitespace and the root element. */
    readonly nodes: XmlNode[],
    readonly root: XmlElement,
  ) {}
}

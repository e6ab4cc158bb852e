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

/**
 * The shared stand-in for "no attributes" and "no children". Most elements of a libvirt
 * document are leaves and many have no attributes, so an element makes its own array only
 * when something asks for the mutable one (`children`, `attributes`) or adds to it.
 */
const NONE: never[] = Object.freeze([]) as never[];

export class XmlElement {
  parent: XmlElement | undefined = undefined;
  #attributes: XmlAttribute[];
  #children: XmlNode[];
  /** Whitespace between the last attribute and `>` or `/>` in the start tag. */
  startTagTail = '';
  /** Whitespace between the name and `>` in the end tag. */
  endTagTail = '';
  /** How an element without children was written: `<a/>` or `<a></a>`. */
  emptyForm: 'self-closing' | 'pair' = 'self-closing';

  /**
   * `attributes` and `children` become the element's own arrays (the parser hands over
   * arrays of exactly their length, which keeps a large tree small). A child element's
   * `parent` is the caller's to set; `append` and `insertAt` do it.
   */
  constructor(
    readonly name: string,
    attributes: XmlAttribute[] = NONE,
    children: XmlNode[] = NONE,
  ) {
    this.#attributes = attributes.length === 0 ? NONE : attributes;
    this.#children = children.length === 0 ? NONE : children;
  }

  /** The attributes in source order, as an array the caller may change. */
  get attributes(): XmlAttribute[] {
    if (this.#attributes === NONE) this.#attributes = [];
    return this.#attributes;
  }

  /** All children in source order (text and comments included), as an array the caller may change. */
  get children(): XmlNode[] {
    if (this.#children === NONE) this.#children = [];
    return this.#children;
  }

  /** The attributes, to read only: unlike `attributes`, this never makes an array. */
  readAttributes(): readonly XmlAttribute[] {
    return this.#attributes;
  }

  /** The children, to read only: unlike `children`, this never makes an array. */
  readChildren(): readonly XmlNode[] {
    return this.#children;
  }

  /** The name without its namespace prefix. */
  get localName(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 ? this.name : this.name.slice(colon + 1);
  }

  getAttribute(name: string): string | undefined {
    for (const a of this.#attributes) if (a.name === name) return a.value;
    return undefined;
  }

  setAttribute(name: string, value: string): void {
    const attributes = this.attributes;
    const index = attributes.findIndex((a) => a.name === name);
    if (index < 0) attributes.push({ name, value });
    else if (attributes[index]?.value !== value) attributes[index] = { name, value };
  }

  removeAttribute(name: string): void {
    const index = this.#attributes.findIndex((a) => a.name === name);
    if (index >= 0) this.#attributes.splice(index, 1);
  }

  get elements(): XmlElement[] {
    return this.#children.filter((c): c is XmlElement => c instanceof XmlElement);
  }

  /** The first child element with this (prefixed) name. */
  child(name: string): XmlElement | undefined {
    for (const c of this.#children) if (c instanceof XmlElement && c.name === name) return c;
    return undefined;
  }

  childrenNamed(name: string): XmlElement[] {
    const found: XmlElement[] = [];
    for (const c of this.#children) if (c instanceof XmlElement && c.name === name) found.push(c);
    return found;
  }

  /** The element's own character data (not its descendants'), decoded. */
  get text(): string {
    let text = '';
    for (const c of this.#children) if (c instanceof XmlText) text += c.value;
    return text;
  }

  /** Replaces all content with one text node. */
  set text(value: string) {
    for (const c of this.#children) if (c instanceof XmlElement) c.parent = undefined;
    if (this.#children !== NONE) this.#children.length = 0;
    if (value !== '') {
      const node = new XmlText('');
      node.value = value;
      this.children.push(node);
    }
  }

  /** The namespace URI bound to a prefix ('' for the default namespace), from here upwards. */
  lookupNamespace(prefix: string): string | undefined {
    const attribute = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    const own = this.getAttribute(attribute);
    if (own !== undefined) return own;
    // Up the ancestors in a loop: no depth of nesting overflows the call stack.
    for (let e = this.parent; e; e = e.parent) {
      const uri = e.getAttribute(attribute);
      if (uri !== undefined) return uri;
    }
    return undefined;
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
    const index = this.#children.indexOf(child);
    if (index < 0) return;
    const before = this.children[index - 1];
    const dropIndent = before instanceof XmlText && before.isWhitespace;
    this.children.splice(dropIndent ? index - 1 : index, dropIndent ? 2 : 1);
    child.parent = undefined;
    if (this.children.every((c) => c instanceof XmlText && c.isWhitespace))
      this.children.length = 0;
  }

  /**
   * A deep copy, detached from any parent; sources are kept so it serializes the same.
   * A loop over an explicit stack, so no depth of nesting overflows the call stack.
   */
  clone(): XmlElement {
    const top = shallowCopy(this);
    const originals: XmlElement[] = [this];
    const copies: XmlElement[] = [top];
    for (let original = originals.pop(); original; original = originals.pop()) {
      const copy = copies.pop() as XmlElement;
      for (const c of original.readChildren()) {
        if (c instanceof XmlElement) {
          const child = shallowCopy(c);
          child.parent = copy;
          copy.children.push(child);
          originals.push(c);
          copies.push(child);
        } else {
          copy.children.push(c instanceof XmlText ? new XmlText(c.raw) : c);
        }
      }
    }
    return top;
  }
}

/** The element without its children: name, attributes (shared objects, never mutated) and form. */
function shallowCopy(element: XmlElement): XmlElement {
  const copy = new XmlElement(element.name, element.readAttributes().slice());
  copy.startTagTail = element.startTagTail;
  copy.endTagTail = element.endTagTail;
  copy.emptyForm = element.emptyForm;
  return copy;
}

/** A whole document: the root element plus whatever surrounds it, in source order. */
export class XmlDocument {
  constructor(
    /** Every top-level node: declaration, comments, whitespace and the root element. */
    readonly nodes: XmlNode[],
    readonly root: XmlElement,
  ) {}
}

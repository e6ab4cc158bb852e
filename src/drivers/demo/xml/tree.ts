import { insertInOrder } from '../../../domain/xml/edit';
import { encodeAttribute } from '../../../domain/xml/escape';
import { XmlElement, XmlText } from '../../../domain/xml/nodes';
import type { XmlAttribute } from '../../../domain/xml/nodes';
import { parseXml as parseDocument, XmlParseError } from '../../../domain/xml/parse';
import { serializeElement } from '../../../domain/xml/serialize';
import { formatLikeLibvirt } from './format';

/**
 * The few tree operations the demo host needs, over the lossless XML model in src/domain.
 * Kept as one small module so the rest of the folder reads like the libvirt code it mimics
 * (`firstChild(disk, 'target')`) rather than like a DOM.
 */
export { XmlElement };

/** Thrown for input that is not well-formed XML, with the position of the problem. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = 'XmlSyntaxError';
  }
}

/** Parses one document and returns its root element. */
export function parseXml(source: string): XmlElement {
  try {
    return parseDocument(source).root;
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    // The model words its message for people; the demo host relays only the reason, as
    // libvirt relays libxml2's.
    throw new XmlSyntaxError(error.reason, error.line, error.column);
  }
}

export function serializeXml(root: XmlElement): string {
  return serializeElement(root) + '\n';
}

/** A new element, e.g. `element('alias', { name: 'net0' })`. */
export function element(
  name: string,
  attrs: Record<string, string> = {},
  text?: string,
): XmlElement {
  const created = new XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) setAttr(created, key, value);
  if (text !== undefined) created.text = text;
  return created;
}

export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return name === undefined ? parent.elements : parent.childrenNamed(name);
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.child(name);
}

/** Follows a path of element names, e.g. `child(domain, 'os', 'type')`. */
export function child(parent: XmlElement, ...path: string[]): XmlElement | undefined {
  let node: XmlElement | undefined = parent;
  for (const name of path) node = node?.child(name);
  return node;
}

export function attr(node: XmlElement | undefined, name: string): string | undefined {
  return node?.getAttribute(name);
}

/**
 * Sets an attribute as libvirt writes it, in single quotes (the model's default is double),
 * so what the demo host adds looks like the rest of its XML. `after` places a new one.
 */
export function setAttr(node: XmlElement, name: string, value: string, after?: string): void {
  const written: XmlAttribute = { name, value, source: ` ${name}='${encodeAttribute(value)}'` };
  const existing = node.attributes.findIndex((a) => a.name === name);
  if (existing >= 0) {
    node.attributes[existing] = written;
    return;
  }
  const anchor = after === undefined ? -1 : node.attributes.findIndex((a) => a.name === after);
  node.attributes.splice(anchor < 0 ? node.attributes.length : anchor + 1, 0, written);
}

/** The element's own text, decoded. */
export function textOf(node: XmlElement | undefined): string | undefined {
  return node?.text;
}

export function setText(node: XmlElement, text: string): void {
  node.text = text;
}

/** Adds `node` at its place in libvirt's element order, indented like its siblings. */
export function insertChild(parent: XmlElement, node: XmlElement): void {
  insertInOrder(parent, node);
}

export function removeChild(parent: XmlElement, node: XmlElement): void {
  parent.remove(node);
}

/** Puts `next` where `current` is, laid out for that depth. */
export function replaceChild(parent: XmlElement, current: XmlElement, next: XmlElement): void {
  const index = parent.children.indexOf(current);
  if (index < 0) return;
  const before = parent.children[index - 1];
  const depth =
    before instanceof XmlText && before.isWhitespace
      ? before.raw.slice(before.raw.lastIndexOf('\n') + 1)
      : '';
  parent.insertAt(index, parseXml(formatLikeLibvirt(next, depth).trimStart()));
  parent.children.splice(index + 1, 1);
  current.parent = undefined;
}

export function cloneElement(node: XmlElement): XmlElement {
  return node.clone();
}

/**
 * Structural equality as libvirt compares devices it cannot key: same names, same
 * attributes in any order, same trimmed text, same child elements; layout and comments
 * do not count.
 */
export function sameElement(a: XmlElement, b: XmlElement): boolean {
  if (a.name !== b.name || a.attributes.length !== b.attributes.length) return false;
  if (a.attributes.some((x) => b.getAttribute(x.name) !== x.value)) return false;
  if (a.text.trim() !== b.text.trim()) return false;
  const [ae, be] = [a.elements, b.elements];
  return (
    ae.length === be.length && ae.every((e, i) => be[i] !== undefined && sameElement(e, be[i]))
  );
}

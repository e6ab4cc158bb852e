import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The demo host's private XML tree: just enough to read and edit domain XML. It stands in
 * for the lossless model in src/domain until that lands; everything outside this folder
 * talks to it only through the functions below, so swapping it is local.
 *
 * Like libvirt, the demo host does not keep the caller's formatting: whitespace between
 * elements is dropped on parse and `serialize` writes libvirt's own layout (two-space
 * indent, single quotes, `<a/>` for empty elements).
 */
export interface XmlElement {
  name: string;
  /** Attribute values by name, in document order. */
  attrs: Record<string, string>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | { text: string } | { comment: string };

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

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  commentPropName: '#comment',
  processEntities: true,
  // Needed for numeric character references; HTML's named entities never get this far,
  // because checkEntityReferences rejects every name XML does not predefine.
  htmlEntities: true,
});

/** Parses one document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const verdict = XMLValidator.validate(source);
  if (verdict !== true) {
    throw new XmlSyntaxError(verdict.err.msg, verdict.err.line, verdict.err.col);
  }
  checkEntityReferences(source);
  const roots = toChildren(PARSER.parse(source) as RawNode[]).filter(isElement);
  const root = roots[0];
  if (root === undefined) throw new XmlSyntaxError('Start tag expected', 1, 1);
  if (roots.length > 1) throw new XmlSyntaxError('Extra content at the end of the document', 1, 1);
  return root;
}

export function serializeXml(root: XmlElement): string {
  const out: string[] = [];
  write(root, '', out);
  return out.join('');
}

export function isElement(node: XmlChild | undefined): node is XmlElement {
  return node !== undefined && 'name' in node;
}

export function element(
  name: string,
  attrs: Record<string, string> = {},
  children: XmlChild[] = [],
): XmlElement {
  return { name, attrs, children };
}

export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name),
  );
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** Follows a path of element names, e.g. `child(domain, 'os', 'type')`. */
export function child(parent: XmlElement, ...path: string[]): XmlElement | undefined {
  let node: XmlElement | undefined = parent;
  for (const name of path) node = node === undefined ? undefined : firstChild(node, name);
  return node;
}

/** The concatenated text content of an element (its direct text children). */
export function textOf(node: XmlElement | undefined): string | undefined {
  if (node === undefined) return undefined;
  return node.children.map((c) => ('text' in c ? c.text : '')).join('');
}

export function setText(node: XmlElement, text: string): void {
  node.children = [{ text }];
}

export function cloneElement(node: XmlElement): XmlElement {
  return structuredClone(node);
}

/** Structural equality, ignoring comments, as libvirt compares devices it cannot key. */
export function sameElement(a: XmlElement, b: XmlElement): boolean {
  return serializeXml(withoutComments(a)) === serializeXml(withoutComments(b));
}

function withoutComments(node: XmlElement): XmlElement {
  return {
    ...node,
    children: node.children
      .filter((c) => !('comment' in c))
      .map((c) => (isElement(c) ? withoutComments(c) : c)),
  };
}

/**
 * The validator lets `&foo;` through and the parser would keep it as text; libxml2 (and so
 * libvirt) rejects a reference to an entity nobody declared. Comments and CDATA sections
 * may hold any `&`, so they are blanked out first, keeping every offset in place.
 */
function checkEntityReferences(source: string): void {
  const scanned = source.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) =>
    ' '.repeat(m.length),
  );
  const bad = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([^;\s<&]*;?)/.exec(scanned);
  if (bad === null) return;
  const before = source.slice(0, bad.index).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  const name = (bad[1] ?? '').replace(/;$/, '');
  const reason =
    name === '' || !bad[1]?.endsWith(';')
      ? "EntityRef: expecting ';'"
      : `Entity '${name}' not defined`;
  throw new XmlSyntaxError(reason, before.length, column);
}

type RawNode = Record<string, unknown>;

function toChildren(raw: RawNode[]): XmlChild[] {
  const out: XmlChild[] = [];
  for (const node of raw) {
    const key = Object.keys(node).find((k) => k !== ':@');
    if (key === undefined) continue;
    if (key === '#text') {
      const text = String(node[key]);
      // Layout between elements is not content; libvirt drops it too.
      if (text.trim() !== '') out.push({ text });
    } else if (key === '#comment') {
      const body = node[key] as { '#text'?: string }[];
      out.push({ comment: body.map((t) => t['#text'] ?? '').join('') });
    } else if (!key.startsWith('?')) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      out.push({ name: key, attrs: { ...attrs }, children: toChildren(node[key] as RawNode[]) });
    }
  }
  return out;
}

function write(node: XmlElement, indent: string, out: string[]): void {
  out.push(indent, '<', node.name);
  for (const [name, value] of Object.entries(node.attrs))
    out.push(' ', name, "='", escapeAttribute(value), "'");
  if (node.children.length === 0) {
    out.push('/>\n');
    return;
  }
  if (node.children.every((c) => 'text' in c)) {
    out.push('>', escapeText(textOf(node) ?? ''), '</', node.name, '>\n');
    return;
  }
  out.push('>\n');
  const inner = indent + '  ';
  for (const c of node.children) {
    if (isElement(c)) write(c, inner, out);
    else if ('comment' in c) out.push(inner, '<!--', c.comment, '-->\n');
    else out.push(inner, escapeText(c.text.trim()), '\n');
  }
  out.push(indent, '</', node.name, '>\n');
}

function escapeText(value: string): string {
  return value.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

function escapeAttribute(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

import { encodeAttribute } from './escape';
import { XmlElement } from './nodes';
import type { XmlDocument, XmlNode } from './nodes';

/** Writes a document back; an unchanged tree gives back its source exactly. */
export function serializeDocument(doc: XmlDocument): string {
  const out: string[] = [];
  for (const node of doc.nodes) write(node, out);
  return out.join('');
}

/** Writes one element and its content, e.g. a single device for attach or detach. */
export function serializeElement(element: XmlElement): string {
  const out: string[] = [];
  write(element, out);
  return out.join('');
}

function write(node: XmlNode, out: string[]): void {
  if (!(node instanceof XmlElement)) {
    out.push(node.raw);
    return;
  }
  out.push('<', node.name);
  for (const a of node.attributes) {
    out.push(a.source ?? ` ${a.name}="${encodeAttribute(a.value)}"`);
  }
  out.push(node.startTagTail);
  if (node.children.length === 0 && node.emptyForm === 'self-closing') {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) write(child, out);
  out.push('</', node.name, node.endTagTail, '>');
}

import { childOrder } from '../../../domain/xml/element-order';
import { encodeAttribute, encodeText } from '../../../domain/xml/escape';
import { XmlElement, XmlText } from '../../../domain/xml/nodes';
import type { XmlNode } from '../../../domain/xml/nodes';

/**
 * Writes a definition the way libvirt stores what it was given: its own layout (two-space
 * indent, single quotes, `<a/>`), children in libvirt's element order, whatever spacing
 * and order the caller used. libvirt re-formats every definition on define; the demo host
 * does the same, so its XML looks like a real host's. `indent` lays out an element that is
 * to sit at that depth of a document.
 */
export function formatLikeLibvirt(root: XmlElement, indent = ''): string {
  const out: string[] = [];
  write(root, indent, "'", out);
  return out.join('');
}

/** libvirt writes its own elements with single quotes; <metadata> content is libxml2's, double. */
function write(node: XmlElement, indent: string, quote: string, out: string[]): void {
  out.push(indent, '<', node.name);
  for (const a of node.attributes)
    out.push(' ', a.name, '=', quote, encodeAttribute(a.value), quote);
  const content = node.children.filter((c) => !(c instanceof XmlText && c.isWhitespace));
  if (content.length === 0) {
    out.push('/>\n');
    return;
  }
  if (content.every((c) => c instanceof XmlText)) {
    out.push('>', encodeText(node.text), '</', node.name, '>\n');
    return;
  }
  out.push('>\n');
  const inner = indent + '  ';
  for (const c of inLibvirtOrder(node, content)) {
    if (c instanceof XmlElement) write(c, inner, node.name === 'metadata' ? '"' : quote, out);
    else if (c instanceof XmlText) out.push(inner, encodeText(c.value.trim()), '\n');
    else out.push(inner, c.raw, '\n');
  }
  out.push(indent, '</', node.name, '>\n');
}

/**
 * A stable sort by libvirt's order for this parent. Unknown elements go last; a comment or
 * text travels with the element after it, which is usually what it describes.
 */
function inLibvirtOrder(parent: XmlElement, content: XmlNode[]): XmlNode[] {
  const order = childOrder(parent.name, parent.parent?.name);
  if (order.length === 0) return content;
  const ranks = content.map((c) => {
    const index = c instanceof XmlElement ? order.indexOf(c.name) : -1;
    return c instanceof XmlElement && index < 0 ? order.length : index;
  });
  for (let i = ranks.length - 1, next = order.length; i >= 0; i--) {
    if (ranks[i] === -1) ranks[i] = next;
    else next = ranks[i] ?? next;
  }
  return content
    .map((node, position) => ({ node, position, rank: ranks[position] ?? order.length }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map((entry) => entry.node);
}

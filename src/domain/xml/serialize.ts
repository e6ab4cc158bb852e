import { encodeAttribute } from './escape';
import { XmlElement } from './nodes';
import type { XmlDocument, XmlNode } from './nodes';

/**
 * Writes a document back; an unchanged tree gives back its source exactly. The writer is a
 * loop over an explicit stack, so a tree of any depth is written without overflowing the
 * call stack.
 */
export function serializeDocument(doc: XmlDocument): string {
  const out = new Output();
  for (const node of doc.nodes) write(node, out);
  return out.text();
}

/** Writes one element and its content, e.g. a single device for attach or detach. */
export function serializeElement(element: XmlElement): string {
  const out = new Output();
  write(element, out);
  return out.text();
}

/**
 * The pieces written so far. Every few thousand pieces are joined into one flat string, so
 * a large tree costs its text and not also an array slot for every name, quote and bracket.
 */
class Output {
  readonly pieces: string[] = [];
  private readonly chunks: string[] = [];

  /** Called between elements: joins the pieces once there are many. */
  settle(): void {
    if (this.pieces.length < 4096) return;
    this.chunks.push(this.pieces.join(''));
    this.pieces.length = 0;
  }

  text(): string {
    if (this.chunks.length === 0) return this.pieces.join('');
    this.chunks.push(this.pieces.join(''));
    return this.chunks.join('');
  }
}

function write(node: XmlNode, out: Output): void {
  const pieces = out.pieces;
  if (!(node instanceof XmlElement)) {
    pieces.push(node.raw);
    return;
  }
  if (!startTag(node, pieces)) return;
  // The open elements, and for each the index of its next child to write.
  const open: XmlElement[] = [node];
  const next: number[] = [0];
  outer: while (open.length > 0) {
    const depth = open.length - 1;
    const element = open[depth] as XmlElement;
    const children = element.readChildren();
    for (let i = next[depth] as number; i < children.length; i++) {
      const child = children[i] as XmlNode;
      if (!(child instanceof XmlElement)) pieces.push(child.raw);
      else if (startTag(child, pieces)) {
        next[depth] = i + 1;
        open.push(child);
        next.push(0);
        out.settle();
        continue outer;
      }
    }
    pieces.push('</', element.name, element.endTagTail, '>');
    open.pop();
    next.pop();
    out.settle();
  }
}

/** Writes the start tag; true when content and an end tag follow, false for `<a/>`. */
function startTag(element: XmlElement, out: string[]): boolean {
  out.push('<', element.name);
  for (const a of element.readAttributes()) {
    out.push(a.source ?? ` ${a.name}="${encodeAttribute(a.value)}"`);
  }
  out.push(element.startTagTail);
  if (element.readChildren().length === 0 && element.emptyForm === 'self-closing') {
    out.push('/>');
    return false;
  }
  out.push('>');
  return true;
}

import { AppError } from '../../shared/errors';
import { charNameAt, firstNonChar, printable } from './chars';
import { encodeAttribute, nonCharReference } from './escape';
import { XmlElement, XmlText } from './nodes';
import type { XmlDocument, XmlNode } from './nodes';

/**
 * Writes a document back; an unchanged tree gives back its source exactly.
 *
 * The writer is a loop over an explicit stack, so a tree of any depth is written without
 * overflowing the call stack. What it writes is checked against XML's Char production: a
 * character XML does not allow (U+0001, a lone surrogate, U+FFFE, ...) has no escape, not
 * even a character reference, so a tree holding one is refused with an error that says
 * where, rather than written as a document no XML parser (libvirt's included) would read.
 */
export function serializeDocument(doc: XmlDocument): string {
  const out = new Output();
  for (const node of doc.nodes) write(node, out);
  return checked(out.text(), doc.nodes);
}

/** Writes one element and its content, e.g. a single device for attach or detach. */
export function serializeElement(element: XmlElement): string {
  const out = new Output();
  write(element, out);
  return checked(out.text(), [element]);
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

/** `text` as written from `nodes`, unless it holds what XML does not allow. */
function checked(text: string, nodes: XmlNode[]): string {
  const bad = firstNonChar(text);
  if (bad >= 0) {
    const place = find(nodes, (part) => firstNonChar(part) >= 0, false);
    refuse(
      `${place ?? 'the XML'} holds ${charNameAt(text, bad)}, which XML does not allow, not even as a character reference. Remove the character`,
    );
  }
  // A reference can only be wrong where code set a raw form or a source itself; `&#1;`
  // there writes U+0001 all the same. (In a comment or CDATA section "&#1;" is just text.)
  if (text.includes('&#')) {
    let reason: string | undefined;
    const place = find(nodes, (part) => (reason = nonCharReference(part)) !== undefined, true);
    if (place) refuse(`in ${place}, ${reason ?? ''}. Remove the reference`);
  }
  return text;
}

function refuse(problem: string): never {
  throw new AppError({
    code: 'validation',
    message: `The XML cannot be written: ${problem} and try again.`,
  });
}

/**
 * The first part of a node (a name, an attribute, a text, a comment) for which `bad` holds,
 * named for a message: 'attribute "serial" of <disk>', 'the text of <a>'. With `written`,
 * only the parts that hold references: text outside CDATA sections, and attributes as
 * written. A loop over an explicit stack, like the writer.
 */
function find(
  nodes: XmlNode[],
  bad: (part: string) => boolean,
  written: boolean,
): string | undefined {
  const pending: XmlNode[] = [...nodes].reverse();
  const parents: (XmlElement | undefined)[] = pending.map(() => undefined);
  for (let node = pending.pop(); node; node = pending.pop()) {
    const parent = parents.pop();
    const inParent = parent ? `in <${printable(parent.name)}>` : 'outside the root element';
    if (node instanceof XmlText) {
      if (!(written && node.raw.startsWith('<![CDATA[')) && bad(node.raw)) {
        return parent ? `the text of <${printable(parent.name)}>` : `text ${inParent}`;
      }
      continue;
    }
    if (!(node instanceof XmlElement)) {
      if (!written && bad(node.raw)) return `a comment or other markup ${inParent}`;
      continue;
    }
    const name = `<${printable(node.name)}>`;
    if (!written && bad(node.name)) return `the name of ${name}`;
    for (const a of node.readAttributes()) {
      const parts = written ? [a.source ?? ''] : [a.name, a.value, a.source ?? ''];
      if (parts.some(bad)) return `attribute "${printable(a.name)}" of ${name}`;
    }
    if (!written && bad(node.startTagTail + node.endTagTail)) return `a tag of ${name}`;
    const children = node.readChildren();
    for (let i = children.length - 1; i >= 0; i--) {
      pending.push(children[i] as XmlNode);
      parents.push(node);
    }
  }
  return undefined;
}

import { childOrder } from './element-order';
import { XmlElement, XmlText } from './nodes';

/**
 * Tree edits that keep a document looking as libvirt would write it: new children go to
 * their place in libvirt's element order and get the indentation of their siblings.
 */

const INDENT_STEP = '  ';

/** Inserts `child` into `parent` at its place in libvirt's order, indented like its siblings. */
export function insertInOrder(parent: XmlElement, child: XmlElement): void {
  const order = childOrder(parent.name, parent.parent?.name);
  const rank = (name: string): number => {
    const index = order.indexOf(name);
    return index < 0 ? order.length : index;
  };
  const own = rank(child.name);
  const siblings = parent.elements;
  // After the last sibling that sorts before or with the new child (so a new disk goes
  // after the existing disks); failing that, before the first sibling.
  const after = siblings.findLast((s) => rank(s.name) <= own);
  const indent = childIndent(parent);
  if (indent !== undefined) reindent(child, indent);
  if (after) {
    const index = parent.children.indexOf(after) + 1;
    parent.insertAt(index, child);
    if (indent !== undefined) parent.insertAt(index, new XmlText(indent));
  } else if (siblings[0]) {
    const index = parent.children.indexOf(siblings[0]);
    if (indent !== undefined) parent.insertAt(index, new XmlText(indent));
    parent.insertAt(index, child);
  } else if (indent === undefined) {
    parent.append(child);
  } else {
    // Only layout (or nothing) is inside: replace it with fresh indentation.
    parent.children.length = 0;
    parent.append(new XmlText(indent));
    parent.append(child);
    parent.append(new XmlText(ownIndent(parent) ?? '\n'));
  }
}

/**
 * Shifts the layout inside an element that is about to be inserted at `indent`, so that a
 * device built on its own (or copied from another depth) lines up with its new siblings.
 * The element's current depth is read from the whitespace before its end tag.
 */
function reindent(element: XmlElement, indent: string): void {
  const closing = element.children.at(-1);
  if (!(closing instanceof XmlText && closing.isWhitespace && closing.raw.includes('\n'))) return;
  const from = lineIndent(closing.raw);
  const to = lineIndent(indent);
  if (from === to) return;
  // Every element inside, through an explicit stack: no depth overflows the call stack.
  const pending: XmlElement[] = [element];
  for (let e = pending.pop(); e; e = pending.pop()) {
    for (const c of e.readChildren()) {
      if (c instanceof XmlElement) pending.push(c);
      else if (c instanceof XmlText && c.isWhitespace && c.raw.includes('\n')) {
        const current = lineIndent(c.raw);
        if (current.startsWith(from)) {
          c.raw = c.raw.slice(0, c.raw.lastIndexOf('\n') + 1) + to + current.slice(from.length);
        }
      }
    }
  }
}

/** The spaces after the last line break. */
function lineIndent(whitespace: string): string {
  return whitespace.slice(whitespace.lastIndexOf('\n') + 1);
}

/** The first child element named `name`, created in order when missing. */
export function ensureChild(parent: XmlElement, name: string): XmlElement {
  const existing = parent.child(name);
  if (existing) return existing;
  const created = new XmlElement(name);
  insertInOrder(parent, created);
  return created;
}

/**
 * Removes `element` if it has become empty (no attributes, no element children, no text),
 * then does the same for its parents, stopping at `stop`. Used after a property is cleared
 * so that `<target/>` shells do not linger.
 */
export function pruneEmpty(element: XmlElement, stop: XmlElement): void {
  for (let e: XmlElement | undefined = element; e && e !== stop;) {
    const parent: XmlElement | undefined = e.parent;
    const empty =
      e.readAttributes().length === 0 &&
      e.readChildren().every((c) => c instanceof XmlText && c.isWhitespace);
    if (!empty || !parent) return;
    parent.remove(e);
    e = parent;
  }
}

/**
 * The whitespace before each child line of `parent`, or undefined for compact XML.
 * Taken from existing children when there are any, else one step deeper than the parent.
 */
function childIndent(parent: XmlElement): string | undefined {
  for (const [i, node] of parent.children.entries()) {
    if (node instanceof XmlElement) {
      const before = parent.children[i - 1];
      return before instanceof XmlText && before.isWhitespace && before.raw !== ''
        ? before.raw
        : undefined;
    }
  }
  if (parent.children.some((c) => !(c instanceof XmlText && c.isWhitespace))) return undefined;
  const own = ownIndent(parent);
  return own === undefined ? undefined : own + INDENT_STEP;
}

/** The whitespace in front of `element` itself; "\n" for a root, which starts a line. */
function ownIndent(element: XmlElement): string | undefined {
  const parent = element.parent;
  if (!parent) return '\n';
  const before = parent.children[parent.children.indexOf(element) - 1];
  if (before instanceof XmlText && before.isWhitespace && before.raw.includes('\n')) {
    return before.raw.slice(before.raw.lastIndexOf('\n'));
  }
  return undefined;
}

import { AppError } from '../../shared/errors';
import { firstNonChar } from './chars';
import { checkLength } from './limits';
import type { XmlLimits } from './limits';
import type { XmlDocument } from './nodes';
import { Interned, Scanner } from './scanner';

export { XML_LIMITS, XmlParseError, XmlTooLargeError } from './limits';
export type { XmlLimits } from './limits';

/**
 * A small XML scanner that keeps the source of every node, so serializing an unchanged
 * tree reproduces the input byte for byte (quote style, `<a></a>` vs `<a/>`, spacing inside
 * tags, entity spelling). General parsers normalise those away, and then a round trip
 * through the model would show up as a spurious diff on every redefine.
 *
 * It accepts well-formed XML without an internal DTD subset, which is everything libvirt
 * produces or accepts, and rejects the rest with the line and column of the problem:
 * characters outside XML's Char production (chars.ts), literal or referenced, included.
 * It is one pass with an explicit stack of open elements: no input makes it recurse, and
 * its work and memory grow linearly with the text (scanner.ts). Limits (limits.ts) refuse a
 * text longer than libvirt can carry and nesting deeper than libxml2 reads.
 */
export function parseXml(source: string, limits: Partial<XmlLimits> = {}): XmlDocument {
  const { maxDepth } = checkLength(source, limits);
  const bad = firstNonChar(source);
  return new Scanner(source, 0, false, maxDepth, bad, new Interned()).document();
}

/**
 * Parses text that may hold several documents back to back (virt-install prints the
 * install-time and the boot-time definition one after the other). A new root element after
 * a complete one starts the next document; writing the documents one after the other
 * gives back the text. Errors carry the line and column in the whole text. The length
 * limit applies to the whole text.
 */
export function parseXmlDocuments(source: string, limits: Partial<XmlLimits> = {}): XmlDocument[] {
  const { maxDepth } = checkLength(source, limits);
  const bad = firstNonChar(source);
  const interned = new Interned();
  const documents: XmlDocument[] = [];
  let start = 0;
  do {
    const scanner = new Scanner(source, start, true, maxDepth, bad, interned);
    documents.push(scanner.document());
    start = scanner.end;
  } while (start < source.length);
  return documents;
}

/** Parses a document whose root must be <rootName>; another root is a validation error. */
export function parseDocumentOf(
  source: string,
  rootName: string,
  limits: Partial<XmlLimits> = {},
): XmlDocument {
  const document = parseXml(source, limits);
  if (document.root.name !== rootName) {
    throw new AppError({
      code: 'validation',
      message: `Expected a <${rootName}> document but found <${document.root.name}>. Check that the XML describes a ${rootName}.`,
    });
  }
  return document;
}

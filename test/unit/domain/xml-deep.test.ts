import { describe, expect, it } from 'vitest';
import { prepareDetach } from '../../../src/domain/devices/detach';
import { findDevice } from '../../../src/domain/devices/find';
import { summarizeDevices } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { diffLines } from '../../../src/domain/xml/diff';
import { insertInOrder } from '../../../src/domain/xml/edit';
import { XmlDocument, XmlElement } from '../../../src/domain/xml/nodes';
import { parseXml, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';

/**
 * Hostile nesting: every walk over the tree is a loop, so a document (or a tree built
 * through the API) 100,000 levels deep never ends in "Maximum call stack size exceeded".
 * The parser refuses such a document by default, as libxml2 does; lifted, it reads it.
 */
const DEPTH = 100_000;
const UNLIMITED = { maxDepth: Infinity };

/** `<a><a>...<b/>...</a></a>`, `depth` elements <a> deep, with `layout` after each start tag. */
function deepText(depth: number, layout = ''): string {
  return `<a>${layout}`.repeat(depth) + '<b/>' + `${layout ? '\n' : ''}</a>`.repeat(depth);
}

function deepChain(depth: number): { top: XmlElement; bottom: XmlElement } {
  const top = new XmlElement('a');
  let bottom = top;
  for (let i = 1; i < depth; i++) {
    const next = new XmlElement('a');
    bottom.append(next);
    bottom = next;
  }
  return { top, bottom };
}

function parseFailure(run: () => unknown): XmlParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof XmlParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('a document nested 100,000 deep', () => {
  const text = deepText(DEPTH);

  it('is refused by default, with where and why', () => {
    const error = parseFailure(() => parseXml(text));
    expect(error.reason).toBe('elements are nested deeper than 256 levels');
    expect([error.line, error.column]).toEqual([1, 256 * 3 + 1]);
    expect(error.code).toBe('validation');
  });

  it('parses and comes back byte for byte with the depth limit lifted', () => {
    const doc = parseXml(text, UNLIMITED);
    expect(serializeDocument(doc)).toBe(text);
    expect(serializeElement(doc.root)).toBe(text);
  });

  it('clones', () => {
    const copy = parseXml(text, UNLIMITED).root.clone();
    expect(serializeElement(copy)).toBe(text);
  });

  it('looks up a namespace from the bottom', () => {
    const { top, bottom } = deepChain(DEPTH);
    top.setAttribute('xmlns:q', 'urn:q');
    const leaf = new XmlElement('q:leaf');
    bottom.append(leaf);
    expect(leaf.namespaceUri).toBe('urn:q');
    expect(leaf.lookupNamespace('none')).toBeUndefined();
  });

  it('is re-indented when inserted at another depth', () => {
    const deep = parseXml(deepText(DEPTH, '\n  '), UNLIMITED).root;
    const doc = parseXml('<domain>\n  <devices>\n    <disk/>\n  </devices>\n</domain>');
    const devices = doc.root.child('devices')!;
    insertInOrder(devices, deep);
    const written = serializeDocument(doc);
    expect(written.startsWith('<domain>\n  <devices>\n    <disk/>\n    <a>\n      <a>\n')).toBe(
      true,
    );
    expect(written.endsWith('\n    </a>\n  </devices>\n</domain>')).toBe(true);
  });

  it('inside a device: the device is found, summarized and its detach prepared', () => {
    const domain = DomainXml.parse(
      "<domain type='kvm'><name>vm</name><devices><disk type='file' device='disk'><target dev='vda' bus='virtio'/><alias name='virtio-disk0'/></disk></devices></domain>",
    );
    const disk = domain.element.child('devices')!.child('disk')!;
    disk.append(deepChain(DEPTH).top);
    expect(findDevice(domain, { kind: 'disk', target: 'vda' }).element).toBe(disk);
    expect(summarizeDevices(domain)).toHaveLength(1);
    const plan = prepareDetach(domain, { kind: 'disk', target: 'vda' }, false);
    expect(plan.deviceXml.length).toBeGreaterThan(DEPTH * 7);
    expect(domain.toXml()).toContain('</a></a></disk>');
  });

  it('through the domain model is refused as not well-formed, not a crash', () => {
    const xml = `<domain type='kvm'><name>vm</name><metadata>${text}</metadata></domain>`;
    expect(() => DomainXml.parse(xml)).toThrow(/nested deeper than 256 levels/);
  });

  it('built through the API serializes as a document', () => {
    const { top } = deepChain(DEPTH);
    const written = serializeDocument(new XmlDocument([top], top));
    expect(written).toBe('<a>'.repeat(DEPTH - 1) + '<a/>' + '</a>'.repeat(DEPTH - 1));
  });
});

describe('the diff of two large documents', () => {
  it('of 100,000 lines each, all different, is bounded in time and memory', () => {
    const before = Array.from({ length: DEPTH }, (_, i) => `<a n='${i}'/>`).join('\n');
    const after = Array.from({ length: DEPTH }, (_, i) => `<b n='${i}'/>`).join('\n');
    const start = performance.now();
    const diff = diffLines(before, after);
    expect(performance.now() - start).toBeLessThan(5_000);
    const lines = diff.split('\n');
    expect(lines[0]).toBe(`@@ -1,${DEPTH} +1,${DEPTH} @@`);
    expect(lines.filter((l) => l.startsWith('-'))).toHaveLength(DEPTH);
    expect(lines.filter((l) => l.startsWith('+'))).toHaveLength(DEPTH);
  });

  it('of a deep document with one edit in the middle, shows that edit', () => {
    const before = deepText(DEPTH, '\n');
    const after = before.replace('<b/>', "<b x='1'/>");
    expect(diffLines(before, after, 1)).toBe(
      [`@@ -${DEPTH},3 +${DEPTH},3 @@`, ' <a>', '-<b/>', "+<b x='1'/>", ' </a>'].join('\n'),
    );
  });
});

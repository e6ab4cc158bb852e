import { XMLParser } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, parseXmlDocuments, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';
import { XmlElement, XmlText } from '../../../src/domain/xml/nodes';
import { corpusDocuments } from '../../helpers/xml-corpus';

const documents = corpusDocuments();

describe('lossless XML round trip', () => {
  it('finds the corpus', () => {
    expect(documents.length).toBeGreaterThan(250);
  });

  it('holds every kind of document libvirt has', () => {
    const roots = new Set(documents.map((d) => parseXml(d.text).root.name));
    for (const root of [
      'domain',
      'network',
      'pool',
      'volume',
      'domainsnapshot',
      'capabilities',
      'domainCapabilities',
    ]) {
      expect(roots, root).toContain(root);
    }
  });

  it('round-trips each node device of the test driver documents as a document of its own', () => {
    const nodeDevices = documents
      .filter((d) => d.name.startsWith('testdriver/'))
      .flatMap((d) => parseXml(d.text).root.childrenNamed('device'));
    expect(nodeDevices.length).toBeGreaterThan(20);
    for (const device of nodeDevices) {
      const text = serializeElement(device);
      const parsed = parseXml(text);
      expect(parsed.root.name).toBe('device');
      expect(serializeDocument(parsed)).toBe(text);
    }
  });

  it('reads files with two documents back to back as two, and writes them back', () => {
    const files = new Map<string, string>();
    for (const { name, text } of documents) {
      const file = name.replace(/#\d+$/, '');
      files.set(file, (files.get(file) ?? '') + text);
    }
    let twoDocuments = 0;
    for (const text of files.values()) {
      const parsed = parseXmlDocuments(text);
      if (parsed.length > 1) twoDocuments++;
      expect(parsed.map(serializeDocument).join('')).toBe(text);
    }
    expect(twoDocuments).toBeGreaterThan(5);
  });

  it.each(documents.map((d) => [d.name, d.text] as const))(
    '%s comes back byte for byte',
    (_, text) => {
      expect(serializeDocument(parseXml(text))).toBe(text);
    },
  );
});

/** fast-xml-parser's ordered output, reduced to names, attributes and non-blank text. */
type Shape = { name: string; attributes: Record<string, string>; children: (Shape | string)[] };

function fromFxp(nodes: Record<string, unknown>[]): (Shape | string)[] {
  return nodes.flatMap((node): (Shape | string)[] => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined || name === '#comment' || name.startsWith('?')) return [];
    if (name === '#text') {
      const text = String(node['#text']);
      return text.trim() === '' ? [] : [text];
    }
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    return [{ name, attributes, children: fromFxp(node[name] as Record<string, unknown>[]) }];
  });
}

function fromTree(element: XmlElement): Shape {
  const attributes: Record<string, string> = {};
  for (const a of element.attributes) attributes[a.name] = a.value;
  const children: (Shape | string)[] = [];
  for (const c of element.children) {
    if (c instanceof XmlElement) children.push(fromTree(c));
    else if (c instanceof XmlText) {
      // Adjacent text and CDATA are one text run for fast-xml-parser.
      const last = children.at(-1);
      if (typeof last === 'string') children[children.length - 1] = last + c.value;
      else children.push(c.value);
    }
  }
  const nonBlank = children.filter((c) => typeof c !== 'string' || c.trim() !== '');
  return { name: element.name, attributes, children: nonBlank };
}

describe('the tree agrees with fast-xml-parser', () => {
  const fxp = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: '#comment',
  });
  it.each(documents.map((d) => [d.name, d.text] as const))('%s', (_, text) => {
    const expected = fromFxp(fxp.parse(text) as Record<string, unknown>[]);
    expect([fromTree(parseXml(text).root)]).toEqual(expected);
  });
});

describe('generated documents', () => {
  const name = fc.constantFrom('a', 'disk', 'qemu:arg', 'x-y.z', '_n');
  const text = fc.string({
    unit: fc.constantFrom('a', ' ', '\n', '<', '>', '&', '"', "'", 'é', '€'),
  });
  const tree = fc.letrec<{ element: XmlElement }>((tie) => ({
    element: fc
      .record({
        name,
        attributes: fc.uniqueArray(fc.tuple(name, text), { selector: ([n]) => n, maxLength: 3 }),
        children: fc.array(fc.oneof(text, tie('element')), { maxLength: 3 }),
      })
      .map(({ name, attributes, children }) => {
        const e = new XmlElement(name);
        for (const [n, v] of attributes) e.setAttribute(n, v);
        for (const c of children) {
          if (c instanceof XmlElement) e.append(c);
          else if (c !== '') {
            const t = new XmlText('');
            t.value = c;
            e.append(t);
          }
        }
        return e;
      }),
  })).element;

  it('values set through the API survive serialize and parse', () => {
    fc.assert(
      fc.property(tree, (root) => {
        const first = serializeDocument({ nodes: [root], root });
        const reparsed = parseXml(first);
        expect(fromTree(reparsed.root)).toEqual(fromTree(root));
        expect(serializeDocument(reparsed)).toBe(first);
      }),
    );
  });
});

describe('arbitrary input', () => {
  const token = fc.constantFrom(
    '<a>',
    '</a>',
    '<b x="1">',
    '</b>',
    '<c/>',
    "<d y='2' />",
    'text',
    ' ',
    '\n',
    '&amp;',
    '&bad;',
    '<!-- c -->',
    '<![CDATA[<x>]]>',
    '<?pi x?>',
    '<',
    '>',
    '"',
    '=',
    '</',
    '<!DOCTYPE a>',
    '\uFEFF',
  );
  it('either parses and comes back byte for byte, or fails with a parse error', () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 12 }).map((parts) => parts.join('')),
        (source) => {
          let document;
          try {
            document = parseXml(source);
          } catch (error) {
            expect(error).toBeInstanceOf(XmlParseError);
            return;
          }
          expect(serializeDocument(document)).toBe(source);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

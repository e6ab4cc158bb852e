import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_VMS } from '../../../src/drivers/demo/seed';
import { parseXml, serializeXml, XmlSyntaxError } from '../../../src/drivers/demo/xml/tree';
import type { XmlChild, XmlElement } from '../../../src/drivers/demo/xml/tree';

const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });

/** Element trees of the shape domain XML has: elements hold elements, or text, or nothing. */
const tree: fc.Arbitrary<XmlElement> = fc.letrec<{ node: XmlElement }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.dictionary(name, printable, { maxKeys: 3 }),
    children: fc.oneof(
      fc.constant<XmlChild[]>([]),
      printable.filter((t) => t.trim() !== '').map((text): XmlChild[] => [{ text }]),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    ),
  }),
})).node;

describe('demo host XML tree', () => {
  it('reads back what it writes, whatever the text and attribute values', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(parseXml(serializeXml(root))).toEqual(root);
      }),
    );
  });

  it('writes the seed definitions in a stable form', () => {
    for (const seed of SEED_VMS) {
      const once = serializeXml(parseXml(seed.xml));
      expect(serializeXml(parseXml(once))).toBe(once);
    }
  });

  it('reports where a document is broken', () => {
    const fail = (source: string): XmlSyntaxError => {
      try {
        parseXml(source);
      } catch (error) {
        if (error instanceof XmlSyntaxError) return error;
      }
      throw new Error('expected a syntax error');
    };
    expect(fail('<a>\n  <b>&nope;</b>\n</a>')).toMatchObject({
      line: 2,
      column: 6,
      reason: "Entity 'nope' not defined",
    });
    expect(fail('<a><b></a>')).toMatchObject({ line: 1 });
    expect(fail('')).toBeInstanceOf(XmlSyntaxError);
    expect(parseXml('<a><!-- & --><![CDATA[&]]></a>').children).toEqual([
      { comment: ' & ' },
      { text: '&' },
    ]);
  });
});

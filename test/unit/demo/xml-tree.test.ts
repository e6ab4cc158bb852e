import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleVm, SEED_VMS } from '../../../src/drivers/demo/seed';
import { formatLikeLibvirt } from '../../../src/drivers/demo/xml/format';
import { parseXml, sameElement, XmlSyntaxError } from '../../../src/drivers/demo/xml/tree';

const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
const escape = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** XML sources shaped like domain XML (elements hold elements, or text, or nothing), in any layout. */
const source: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc
    .record({
      name,
      attrs: fc.dictionary(name, printable, { maxKeys: 3 }),
      body: fc.oneof(
        fc.constant(''),
        printable.filter((t) => t.trim() !== '').map(escape),
        fc
          .array(tie('node'), { minLength: 1, maxLength: 3 })
          .map((children) => children.join('\n   ')),
      ),
    })
    .map(({ name: tag, attrs, body }) => {
      const attributes = Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${escape(v)}"`)
        .join('');
      return body === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${body}</${tag}>`;
    }),
})).node;

describe('demo host XML layout', () => {
  it('keeps the content and settles on one layout, whatever the input layout', () => {
    fc.assert(
      fc.property(source, (xml) => {
        const once = formatLikeLibvirt(parseXml(xml));
        expect(sameElement(parseXml(once), parseXml(xml))).toBe(true);
        expect(formatLikeLibvirt(parseXml(once))).toBe(once);
      }),
    );
  });

  it('puts elements in libvirt order and writes single quotes', () => {
    const xml = `<domain type="kvm"><devices><interface type="network"/><disk device="disk"/></devices><memory>1</memory><name>n</name></domain>`;
    expect(formatLikeLibvirt(parseXml(xml))).toBe(
      `<domain type='kvm'>\n  <name>n</name>\n  <memory>1</memory>\n  <devices>\n    <disk device='disk'/>\n    <interface type='network'/>\n  </devices>\n</domain>\n`,
    );
  });

  it('leaves the seed and generated definitions as they are written', () => {
    for (const seed of [...SEED_VMS, scaleVm(1), scaleVm(1000)]) {
      expect(formatLikeLibvirt(parseXml(seed.xml))).toBe(seed.xml);
    }
  });

  it('compares devices by content, not layout, attribute order or comments', () => {
    const a = parseXml(
      `<rng model='virtio'>\n  <backend model='random'>/dev/urandom</backend>\n</rng>`,
    );
    const b = parseXml(
      `<rng model="virtio"><!-- entropy --><backend model="random"> /dev/urandom </backend></rng>`,
    );
    expect(sameElement(a, b)).toBe(true);
    expect(sameElement(a, parseXml(`<rng model='virtio'><backend model='egd'/></rng>`))).toBe(
      false,
    );
  });

  it('reports where a document is broken', () => {
    const failure = (xml: string): unknown => {
      try {
        parseXml(xml);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(failure('<a>\n  <b>&nope;</b>\n</a>')).toMatchObject({ line: 2, column: 6 });
    expect(failure('<a><b></a>')).toBeInstanceOf(XmlSyntaxError);
    expect(failure('')).toBeInstanceOf(XmlSyntaxError);
  });
});

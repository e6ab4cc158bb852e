import { describe, expect, it } from 'vitest';
import { parseXml, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument } from '../../../src/domain/xml/serialize';

/**
 * XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]. Anything else is refused wherever it appears, literally or as a
 * character reference.
 */
function failure(xml: string): XmlParseError {
  try {
    parseXml(xml);
  } catch (error) {
    if (error instanceof XmlParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('characters XML does not allow are refused, with where and what', () => {
  it.each([
    ['<a>\n  x\u0001y</a>', 'U+0001 is not allowed in XML (in the text of <a>)', 2, 4],
    ['<a>\u0000</a>', 'U+0000 is not allowed in XML (in the text of <a>)', 1, 4],
    ['<a>\u001F</a>', 'U+001F is not allowed in XML (in the text of <a>)', 1, 4],
    ['<a>\uFFFE</a>', 'U+FFFE is not allowed in XML (in the text of <a>)', 1, 4],
    ['<a>\uFFFF</a>', 'U+FFFF is not allowed in XML (in the text of <a>)', 1, 4],
    ['<a>x\uD800</a>', 'U+D800 is not allowed in XML (in the text of <a>)', 1, 5],
    ['<a>\uDC00x</a>', 'U+DC00 is not allowed in XML (in the text of <a>)', 1, 4],
    ["<a>\n<b x='1\u0002'/></a>", 'U+0002 is not allowed in XML (in attribute "x" of <b>)', 2, 8],
    ["<a x\u0003y='1'/>", 'U+0003 is not allowed in XML (in the start tag of <a>)', 1, 5],
    ['<a\u0003/>', 'U+0003 is not allowed in XML (in the start tag of <a>)', 1, 3],
    ['<\u0003a/>', 'U+0003 is not allowed in XML (in a tag)', 1, 2],
    ['<a></a\u0003>', 'U+0003 is not allowed in XML (in a tag)', 1, 7],
    ['<a><!-- \u0004 --></a>', 'U+0004 is not allowed in XML (in a comment)', 1, 9],
    ['<a><![CDATA[\u0005]]></a>', 'U+0005 is not allowed in XML (in a CDATA section)', 1, 13],
    ['<?pi \u0006?><a/>', 'U+0006 is not allowed in XML (in a processing instruction)', 1, 6],
    ['<!DOCTYPE a\u0007><a/>', 'U+0007 is not allowed in XML (in the DOCTYPE)', 1, 12],
    ['<a/>\u0008', 'U+0008 is not allowed in XML (outside the root element)', 1, 5],
  ])('%j', (xml, reason, line, column) => {
    const error = failure(xml);
    expect(error.reason).toBe(reason);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.code).toBe('validation');
    expect(error.message).toContain(`(line ${line}, column ${column}): ${reason}`);
  });

  it.each([
    ['<a>&#1;</a>', '&#1; refers to U+0001, which XML does not allow (in the text of <a>)', 1, 4],
    [
      '<a>x &#x1;</a>',
      '&#x1; refers to U+0001, which XML does not allow (in the text of <a>)',
      1,
      6,
    ],
    ['<a>&#0;</a>', '&#0; refers to U+0000, which XML does not allow (in the text of <a>)', 1, 4],
    [
      '<a>ok &#xD800;</a>',
      '&#xD800; refers to U+D800, which XML does not allow (in the text of <a>)',
      1,
      7,
    ],
    [
      "<a>\n <b v='x\n &#xFFFE;'/></a>",
      '&#xFFFE; refers to U+FFFE, which XML does not allow (in attribute "v" of <b>)',
      3,
      2,
    ],
    [
      '<a>&#x110000;</a>',
      '&#x110000; is beyond U+10FFFF, the last Unicode character (in the text of <a>)',
      1,
      4,
    ],
  ])('the character reference in %j', (xml, reason, line, column) => {
    const error = failure(xml);
    expect(error.reason).toBe(reason);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('accepts every character the production allows, literal and referenced', () => {
    const literal = '\t\n\r \u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}é€';
    const xml = `<a x="${literal}">${literal}<![CDATA[${literal}]]><!--${literal}--></a>`;
    const doc = parseXml(xml);
    expect(serializeDocument(doc)).toBe(xml);
    expect(doc.root.text).toBe(literal + literal);
    const refs = parseXml(
      '<a v="&#9;&#xA;&#xD;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;"/>',
    );
    expect(refs.root.getAttribute('v')).toBe('\t\n\r \uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}');
  });
});

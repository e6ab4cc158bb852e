import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { XmlDocument, XmlElement, XmlMarkup, XmlText } from '../../../src/domain/xml/nodes';
import { parseXml, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';

/**
 * XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]. Anything else is refused wherever it appears, literally or as a
 * character reference, and the serializer never writes it.
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

describe('the serializer never writes a character XML does not allow', () => {
  function writeFailure(run: () => string): AppError {
    try {
      run();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected the write to be refused');
  }

  it('refuses text set through the API', () => {
    const a = new XmlElement('a');
    a.text = 'bell \u0007';
    const error = writeFailure(() => serializeElement(a));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'The XML cannot be written: the text of <a> holds U+0007, which XML does not allow, not even as a character reference. Remove the character and try again.',
    );
  });

  it('refuses attribute values, names and markup, in documents too', () => {
    const root = parseXml('<domain><devices><disk/></devices></domain>').root;
    const disk = root.child('devices')!.child('disk')!;
    disk.setAttribute('serial', 'x\uFFFF');
    const doc = new XmlDocument([root], root);
    expect(writeFailure(() => serializeDocument(doc)).message).toContain(
      'attribute "serial" of <disk> holds U+FFFF',
    );
    disk.removeAttribute('serial');
    expect(serializeDocument(doc)).toBe('<domain><devices><disk/></devices></domain>');

    disk.append(new XmlElement('bad\u0001name'));
    expect(writeFailure(() => serializeElement(disk)).message).toContain(
      'the name of <bad\\u0001name> holds U+0001',
    );
    const markup = new XmlElement('m');
    markup.append(new XmlMarkup('<!-- \uD800 -->'));
    expect(writeFailure(() => serializeElement(markup)).message).toContain(
      'a comment or other markup in <m> holds U+D800',
    );
    const text = new XmlElement('t');
    text.append(new XmlText('\u0000'));
    expect(writeFailure(() => serializeElement(text)).message).toContain(
      'the text of <t> holds U+0000',
    );
  });

  it('refuses a character reference to such a character in a raw form or a source', () => {
    const t = new XmlElement('t');
    t.append(new XmlText('x &#1; y'));
    expect(writeFailure(() => serializeElement(t)).message).toBe(
      'The XML cannot be written: in the text of <t>, &#1; refers to U+0001, which XML does not allow. Remove the reference and try again.',
    );
    const a = new XmlElement('a');
    a.attributes.push({ name: 'x', value: '', source: " x='&#xFFFE;'" });
    expect(writeFailure(() => serializeElement(a)).message).toContain(
      'in attribute "x" of <a>, &#xFFFE; refers to U+FFFE',
    );
    // In a comment or a CDATA section, and escaped in text, it is just text.
    const fine = '<a><!-- &#1; --><![CDATA[&#1;]]>&amp;#1;</a>';
    expect(serializeDocument(parseXml(fine))).toBe(fine);
  });

  it('writes every allowed character, and reads it back', () => {
    const value = '\t\n\r \uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}';
    const a = new XmlElement('a');
    a.setAttribute('v', value);
    a.text = value;
    const again = parseXml(serializeElement(a)).root;
    expect(again.getAttribute('v')).toBe(value);
    expect(again.text).toBe(value);
  });
});

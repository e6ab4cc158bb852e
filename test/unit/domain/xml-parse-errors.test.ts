import { describe, expect, it } from 'vitest';
import { parseXml, XmlParseError } from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';

function failure(xml: string): XmlParseError {
  try {
    parseXml(xml);
  } catch (error) {
    if (error instanceof XmlParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parse errors say where and what', () => {
  it.each([
    ['<a><b></a>', '</a> closes <b>', 1, 7],
    ['<a>\n  <b>\n', '<b> is never closed', 3, 1],
    ['<a/><b/>', 'a second root element', 1, 5],
    ['<a x="1" x="2"/>', 'attribute "x" appears twice', 1, 10],
    ['<a>&nbsp;</a>', 'a broken entity reference', 1, 4],
    ['<a x="&bogus;"/>', 'a broken entity reference in attribute "x"', 1, 4],
    ['<a x=1/>', 'a malformed start tag for <a>', 1, 4],
    ['text', 'text outside the root element', 1, 1],
    ['', 'there is no root element', 1, 1],
    ['<!-- open', 'missing "-->"', 1, 1],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', 'internal DTD subsets are not supported', 1, 1],
  ])('%j', (xml, reason, line, column) => {
    const error = failure(xml);
    expect(error.message).toContain(reason);
    expect(error.reason).toBe(reason);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/Correct the XML/);
  });

  it('accepts what libvirt writes: declaration, comments, CDATA, namespaces, references', () => {
    const doc = parseXml(
      "<?xml version='1.0'?>\n<!-- c -->\n<domain xmlns:q='urn:q'><q:a x='&lt;&#65;&#x42;'><![CDATA[<raw>]]>&amp;</q:a></domain>\n",
    );
    const a = doc.root.child('q:a');
    expect(a?.getAttribute('x')).toBe('<AB');
    expect(a?.text).toBe('<raw>&');
    expect(a?.localName).toBe('a');
    expect(a?.namespaceUri).toBe('urn:q');
  });
});

describe('XML details that matter for a round trip', () => {
  it('keeps a byte order mark', () => {
    const source = '\uFEFF<domain/>\n';
    expect(serializeDocument(parseXml(source))).toBe(source);
  });

  it('reads literal line breaks in attributes as spaces, and writes set values so they survive', () => {
    const root = parseXml('<a x="one\ntwo\tthree"/>').root;
    expect(root.getAttribute('x')).toBe('one two three');
    root.setAttribute('y', 'line\nbreak\ttab');
    const again = parseXml(serializeElement(root)).root;
    expect(again.getAttribute('y')).toBe('line\nbreak\ttab');
  });
});

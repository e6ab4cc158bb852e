import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DomainXml } from '../../../src/domain/domain-xml';
import {
  parseXml,
  parseXmlDocuments,
  XML_LIMITS,
  XmlParseError,
} from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';
import { liveFile } from '../../helpers/xml-corpus';

/**
 * Hostile sizes: a document longer than libvirt can carry is refused before it is read,
 * the scanner stays linear, and the tree costs a bounded amount of memory per element.
 */
const MIB = 1024 * 1024;

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('a document longer than libvirt carries', () => {
  const big = `<domain>${' '.repeat(4 * MIB)}</domain>`;

  it('is refused at once with a clear message', () => {
    const start = performance.now();
    const error = errorOf(() => parseXml(big));
    expect(performance.now() - start).toBeLessThan(100);
    expect(error).not.toBeInstanceOf(XmlParseError);
    expect(error.message).toBe(
      'The XML is 4,194,321 characters long, more than the 4,194,304 bytes (4 MiB) libvirt carries in one message, so it cannot be a libvirt document. Use a smaller document.',
    );
    expect((error as { code?: string }).code).toBe('validation');
    expect(() => DomainXml.parse(big)).toThrow(/more than the 4,194,304 bytes/);
    expect(() => parseXmlDocuments(big + big)).toThrow(/8,388,642 characters/);
  });

  it('is read when the caller lifts the limit, and one of exactly 4 MiB is read anyway', () => {
    expect(serializeDocument(parseXml(big, { maxLength: Infinity }))).toBe(big);
    const exact = `<a>${' '.repeat(4 * MIB - 7)}</a>`;
    expect(exact.length).toBe(XML_LIMITS.maxLength);
    expect(parseXml(exact).root.name).toBe('a');
  });
});

describe('the scanner stays linear on hostile markup', () => {
  it('refuses a second DOCTYPE instead of searching the rest of the text for each', () => {
    const xml = '<!DOCTYPE a>'.repeat(340_000) + '<a/>';
    const start = performance.now();
    const error = errorOf(() => parseXml(xml));
    expect(performance.now() - start).toBeLessThan(250);
    expect(error).toBeInstanceOf(XmlParseError);
    expect((error as XmlParseError).reason).toBe('a second DOCTYPE');
    expect((error as XmlParseError).column).toBe(13);
  });

  it('reads, clones and writes an element with 200,000 attributes', () => {
    const names = Array.from({ length: 200_000 }, (_, i) => ` a${i}=""`).join('');
    const xml = `<a${names}/>`;
    const root = parseXml(xml).root;
    expect(root.attributes).toHaveLength(200_000);
    expect(serializeElement(root.clone())).toBe(xml);
    const twice = `<a${names} a7=""/>`;
    expect((errorOf(() => parseXml(twice)) as XmlParseError).reason).toBe(
      'attribute "a7" appears twice',
    );
  });
});

describe('memory per element', () => {
  // 100,000 elements: the live fixture's devices repeated.
  const live = liveFile('q35-running.xml');
  const open = live.indexOf('<devices>') + '<devices>'.length;
  const close = live.lastIndexOf('\n  </devices>');
  const devices = live.slice(open, close);
  const xml = live.slice(0, open) + devices.repeat(1_050) + live.slice(close);
  const elements = xml.match(/<[A-Za-z]/g)?.length ?? 0;

  it('stays under 300 bytes of heap for a typical domain element', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const doc = parseXml(xml, { maxLength: Infinity });
    gc();
    const perElement = (process.memoryUsage().heapUsed - before) / elements;
    expect(doc.root.child('devices')?.elements.length).toBeGreaterThan(20_000);
    expect(elements).toBeGreaterThan(95_000);
    expect(perElement).toBeLessThan(300);
  });
});

import { describe, expect, it } from 'vitest';
import { readAppMetadata, writeAppMetadata } from '../../../src/domain/app-metadata';
import { DomainXml } from '../../../src/domain/domain-xml';
import { isAppError } from '../../../src/shared/errors';
import { corpusDocuments, goldenInputs } from '../../helpers/xml-corpus';

const EVERY_DEVICE = goldenInputs().find((g) => g.name === 'every-device')?.text ?? '';

describe("Virtdeck's metadata in the domain definition", () => {
  it('reads tags, notes and settings from our namespace, whatever its prefix', () => {
    expect(readAppMetadata(DomainXml.parse(EVERY_DEVICE))).toEqual({
      tags: ['web', 'prod'],
      notes: 'Patched on Tuesdays.',
      settings: { console: 'serial' },
    });
    const other = DomainXml.parse(
      "<domain><metadata><v:app xmlns:v='https://virtdeck.org/xmlns/libvirt/domain/1.0'><v:notes>hi</v:notes></v:app></metadata></domain>",
    );
    expect(readAppMetadata(other)).toEqual({ tags: [], notes: 'hi', settings: {} });
    writeAppMetadata(other, { notes: 'bye' });
    expect(other.toXml()).toContain(
      "<v:app xmlns:v='https://virtdeck.org/xmlns/libvirt/domain/1.0'><v:notes>bye</v:notes></v:app>",
    );
  });

  it('reads as empty where there is none', () => {
    expect(readAppMetadata(DomainXml.parse('<domain/>'))).toEqual({ tags: [], settings: {} });
  });

  it("leaves every other application's metadata as it was", () => {
    const withOthers = corpusDocuments().filter(
      ({ text }) => text.startsWith('<domain') && text.includes('<metadata>'),
    );
    expect(withOthers.length).toBeGreaterThan(3);
    for (const { text } of withOthers) {
      const domain = DomainXml.parse(text);
      const before = domain.element.child('metadata')?.elements.map((e) => e.name) ?? [];
      writeAppMetadata(domain, { tags: ['a'], notes: 'x & y' });
      expect(readAppMetadata(DomainXml.parse(domain.toXml()))).toEqual({
        tags: ['a'],
        notes: 'x & y',
        settings: {},
      });
      writeAppMetadata(domain, {});
      expect(domain.element.child('metadata')?.elements.map((e) => e.name) ?? []).toEqual(before);
    }
  });

  it('removes <metadata> again when ours was all it held', () => {
    const domain = DomainXml.parse('<domain>\n  <name>x</name>\n</domain>');
    writeAppMetadata(domain, { settings: { viewer: 'spice' } });
    expect(domain.toXml()).toContain('<virtdeck:setting name="viewer">spice</virtdeck:setting>');
    writeAppMetadata(domain, {});
    expect(domain.toXml()).toBe('<domain>\n  <name>x</name>\n</domain>');
  });

  it('never stores a secret', () => {
    const domain = DomainXml.parse('<domain/>');
    let error: unknown;
    try {
      writeAppMetadata(domain, { settings: { vncPassword: 'hunter2' } });
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe('validation');
    expect((error as Error).message).toContain('holds no passwords or keys');
    expect(domain.toXml()).toBe('<domain/>');
    const edited = DomainXml.parse(
      "<domain><metadata><virtdeck:app xmlns:virtdeck='https://virtdeck.org/xmlns/libvirt/domain/1.0'><virtdeck:setting name='apiToken'>t</virtdeck:setting></virtdeck:app></metadata></domain>",
    );
    expect(readAppMetadata(edited).settings).toEqual({});
  });
});

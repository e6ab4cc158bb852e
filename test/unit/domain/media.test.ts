import { describe, expect, it } from 'vitest';
import { prepareMediaChange } from '../../../src/domain/devices/media';
import { DomainXml } from '../../../src/domain/domain-xml';
import { liveFile } from '../../helpers/xml-corpus';

const LIVE_XML = liveFile('q35-running.xml');

describe('prepareMediaChange', () => {
  it('inserts an ISO into an empty CD-ROM drive, keeping the drive as it is', () => {
    const domain = DomainXml.parse(LIVE_XML);
    expect(prepareMediaChange(domain, 'sda', { type: 'file', path: '/iso/debian.iso' }))
      .toBe(`<disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file="/iso/debian.iso"/>
      <target dev='sda' bus='sata'/>
      <readonly/>
      <alias name='sata0-0-0'/>
      <address type='drive' controller='0' bus='0' target='0' unit='0'/>
    </disk>`);
    // The definition itself is untouched until the host reports the change.
    expect(domain.toXml()).toBe(LIVE_XML);
  });

  it('ejects by dropping the source, and swaps a file for a pool volume', () => {
    const domain = DomainXml.parse(LIVE_XML);
    const withIso = DomainXml.parse(
      LIVE_XML.replace(
        "<target dev='sda'",
        "<source file='/iso/a.iso' index='5'/>\n      <backingStore/>\n      <target dev='sda'",
      ),
    );
    const ejected = prepareMediaChange(withIso, 'sda', { type: 'none' });
    expect(ejected).not.toContain('source');
    expect(ejected).not.toContain('backingStore');
    expect(ejected).toBe(prepareMediaChange(domain, 'sda', { type: 'none' }));
    const volume = prepareMediaChange(withIso, 'sda', {
      type: 'volume',
      pool: 'isos',
      volume: 'b.iso',
    });
    expect(volume).toMatch(/^<disk type="volume" device='cdrom'>/);
    expect(volume).toContain('<source pool="isos" volume="b.iso"/>');
  });

  it('refuses a hard disk, saying what to do instead', () => {
    expect(() => prepareMediaChange(DomainXml.parse(LIVE_XML), 'vda', { type: 'none' })).toThrow(
      'vda is a disk, not a CD-ROM or floppy drive, so it has no media to change. Attach a new disk instead.',
    );
  });
});

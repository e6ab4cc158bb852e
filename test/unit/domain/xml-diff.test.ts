import { describe, expect, it } from 'vitest';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { DomainXml } from '../../../src/domain/domain-xml';
import { diffLines } from '../../../src/domain/xml/diff';
import { corpusFile } from '../../helpers/xml-corpus';

describe('diffLines', () => {
  it('is empty for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb')).toBe('');
  });

  it('shows exactly the edit a view made, with context', () => {
    const before = corpusFile('../live/q35-running.xml');
    const domain = DomainXml.parse(before);
    domain.devicesOf(DiskDevice)[0]!.readonly = true;
    expect(diffLines(before, domain.toXml(), 1)).toBe(
      [
        '@@ -17,2 +17,3 @@',
        "       <target dev='vda' bus='virtio'/>",
        '+      <readonly/>',
        "       <alias name='virtio-disk0'/>",
      ].join('\n'),
    );
  });

  it('puts removals before additions and counts both sides', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nx\ny\nd')).toBe(
      ['@@ -1,4 +1,4 @@', ' a', '-b', '-c', '+x', '+y', ' d'].join('\n'),
    );
    expect(diffLines('', 'a')).toBe(['@@ -1,1 +1,1 @@', '-', '+a'].join('\n'));
  });
});

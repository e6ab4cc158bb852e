import { describe, expect, it } from 'vitest';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { DomainXml } from '../../../src/domain/domain-xml';
import { diffLines } from '../../../src/domain/xml/diff';
import { liveFile } from '../../helpers/xml-corpus';

describe('diffLines', () => {
  it('is empty for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb')).toBe('');
  });

  it('shows exactly the edit a view made, with context', () => {
    const before = liveFile('q35-running.xml');
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

describe('diffLines is safe to log', () => {
  it('masks display passwords', () => {
    const before = "<graphics type='vnc' passwd='hunter2'/>";
    const after = '<graphics type="vnc" passwd="s3cret" port="5900"/>';
    const diff = diffLines(before, after);
    expect(diff).not.toMatch(/hunter2|s3cret/);
    expect(diff).toBe(
      [
        '@@ -1,1 +1,1 @@',
        "-<graphics type='vnc' passwd='***'/>",
        '+<graphics type="vnc" passwd="***" port="5900"/>',
      ].join('\n'),
    );
  });
});

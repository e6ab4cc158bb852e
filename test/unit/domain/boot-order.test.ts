import { describe, expect, it } from 'vitest';
import { bootSequence, setBootSequence } from '../../../src/domain/boot-order';
import { describeDevice } from '../../../src/domain/devices/describe';
import { DomainXml } from '../../../src/domain/domain-xml';
import { corpusFile } from '../../helpers/xml-corpus';

describe('boot sequence', () => {
  it("replaces <os><boot dev> with per-device order, as virt-manager's bootorder case does", () => {
    const domain = DomainXml.parse(corpusFile('xmlparse/bootorder-in.xml'));
    expect(bootSequence(domain)).toEqual([]);
    setBootSequence(domain, [
      { kind: 'disk', target: 'vda' },
      { kind: 'disk', target: 'fda' },
      { kind: 'disk', target: 'sda' },
      { kind: 'interface', mac: '52:54:00:86:20:1c' },
    ]);
    expect(bootSequence(domain).map(describeDevice)).toEqual([
      'disk vda',
      'floppy fda',
      'cdrom sda',
      'network interface 52:54:00:86:20:1c',
    ]);
    const xml = domain.toXml();
    expect(xml).not.toContain("<boot dev='hd'/>");
    expect(xml).toContain("<target dev='vda' bus='virtio'/>\n      <boot order=\"1\"/>");
    // The expected file agrees on which device gets which position.
    const expected = DomainXml.parse(corpusFile('xmlparse/bootorder-out.xml'));
    expect(bootSequence(expected).map(describeDevice)).toEqual(
      bootSequence(domain).map(describeDevice),
    );
  });

  it('renumbers from 1 and drops devices left out', () => {
    const domain = DomainXml.parse(corpusFile('xmlparse/bootorder-out.xml'));
    setBootSequence(domain, [{ kind: 'interface', mac: '52:54:00:86:20:1c' }]);
    expect(bootSequence(domain).map((d) => [describeDevice(d), d.bootOrder])).toEqual([
      ['network interface 52:54:00:86:20:1c', 1],
    ]);
  });

  it('refuses a device that cannot boot, saying which can', () => {
    const domain = DomainXml.parse(corpusFile('xmlparse/bootorder-in.xml'));
    expect(() => setBootSequence(domain, [{ kind: 'controller', type: 'sata', index: 0 }])).toThrow(
      'The sata controller 0 cannot be a boot device. Choose disks, network interfaces or host devices.',
    );
    expect(domain.toXml()).toBe(corpusFile('xmlparse/bootorder-in.xml'));
  });
});

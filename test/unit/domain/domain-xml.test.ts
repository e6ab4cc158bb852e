import { describe, expect, it } from 'vitest';
import { DomainXml } from '../../../src/domain/domain-xml';
import { ChardevDevice } from '../../../src/domain/devices/chardev';
import { ControllerDevice } from '../../../src/domain/devices/controller';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { GraphicsDevice, OtherDevice } from '../../../src/domain/devices/display';
import { HostdevDevice } from '../../../src/domain/devices/hostdev';
import { InterfaceDevice } from '../../../src/domain/devices/interface';
import { aliasOf } from '../../../src/domain/devices/registry';
import { XmlDocument } from '../../../src/domain/xml/nodes';
import { parseXml } from '../../../src/domain/xml/parse';
import { corpusDocuments, corpusFile } from '../../helpers/xml-corpus';

describe('DomainXml reads real definitions', () => {
  const roundtrip = DomainXml.parse(corpusFile('xmlparse/domain-roundtrip.xml'));

  it('reads the basics', () => {
    expect(roundtrip.type).toBe('qemu');
    expect(roundtrip.name).toBe('QEMUGuest1');
    expect(roundtrip.uuid).toBe('c7a5fdbd-edaf-9455-926a-d65c16db1809');
    expect(roundtrip.memoryKiB).toBe(219100);
    expect(roundtrip.vcpus).toBe(1);
    expect(roundtrip.arch).toBe('i686');
    expect(roundtrip.machine).toBe('pc');
  });

  it("reads every device of virt-manager's detail-UI test guest", () => {
    // The testdriver file is a <node> holding many domains; take the one with every device.
    const node = parseXml(corpusFile('testdriver/testdriver.xml')).root;
    const element = node
      .childrenNamed('domain')
      .find((d) => d.child('name')?.text === 'test-many-devices');
    const domain = new DomainXml(new XmlDocument([element!], element!));
    const disks = domain.devicesOf(DiskDevice);
    expect(disks.length).toBeGreaterThan(5);
    expect(disks.every((d) => d.targetDev !== undefined)).toBe(true);
    expect(domain.devicesOf(InterfaceDevice).some((n) => n.mac !== undefined)).toBe(true);
    expect(domain.devicesOf(ControllerDevice).length).toBeGreaterThan(0);
    expect(domain.devicesOf(GraphicsDevice).length).toBeGreaterThan(0);
    expect(domain.devicesOf(HostdevDevice).length).toBeGreaterThan(0);
    expect(domain.devicesOf(ChardevDevice).length).toBeGreaterThan(0);
  });

  it('reads libosinfo metadata whatever its prefix', () => {
    const xml = `<domain type="kvm"><metadata><osi:libosinfo xmlns:osi="http://libosinfo.org/xmlns/libvirt/domain/1.0"><osi:os id="http://fedoraproject.org/fedora/39"/></osi:libosinfo></metadata></domain>`;
    expect(DomainXml.parse(xml).osinfoId).toBe('http://fedoraproject.org/fedora/39');
  });

  it('parses every domain in the corpus and reads every device without throwing', () => {
    let devices = 0;
    for (const { text } of corpusDocuments('cli/compare')) {
      if (!text.startsWith('<domain')) continue;
      const domain = DomainXml.parse(text);
      for (const device of domain.devices) {
        devices++;
        // Touch every declared property of the device's view.
        const View = device.constructor as unknown as { props: Record<string, unknown> };
        for (const key of Object.keys(View.props))
          void (device as unknown as Record<string, unknown>)[key];
      }
    }
    expect(devices).toBeGreaterThan(1000);
  });

  it('rejects a document that is not a domain, saying what was expected', () => {
    expect(() => DomainXml.parse('<network/>')).toThrow(
      /Expected a <domain> document but found <network>/,
    );
  });
});

describe('DomainXml edits in place and keeps the rest', () => {
  const SOURCE = `<domain type='kvm'>
  <name>vm1</name>
  <memory unit='GiB'>2</memory>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
  </os>
  <unknown:thing xmlns:unknown='urn:x'>kept</unknown:thing>
  <devices>
    <disk type='file' device='disk'>
      <source file='/a.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>
`;

  it('converts units to KiB on read and writes KiB', () => {
    const domain = DomainXml.parse(SOURCE);
    expect(domain.memoryKiB).toBe(2 * 1024 * 1024);
    domain.memoryKiB = 1048576;
    expect(domain.toXml()).toContain(`<memory unit="KiB">1048576</memory>`);
  });

  it('creates missing elements in libvirt order and removes emptied ones', () => {
    const domain = DomainXml.parse(SOURCE);
    domain.title = 'Build box';
    domain.kernel = '/boot/vmlinuz';
    domain.vcpus = 2;
    expect(domain.toXml()).toBe(`<domain type='kvm'>
  <name>vm1</name>
  <title>Build box</title>
  <memory unit='GiB'>2</memory>
  <vcpu>2</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>/boot/vmlinuz</kernel>
  </os>
  <unknown:thing xmlns:unknown='urn:x'>kept</unknown:thing>
  <devices>
    <disk type='file' device='disk'>
      <source file='/a.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>
`);
    domain.title = undefined;
    domain.kernel = undefined;
    domain.vcpus = undefined;
    expect(domain.toXml()).toBe(SOURCE);
  });

  it('edits a device through its view', () => {
    const domain = DomainXml.parse(SOURCE);
    const [disk] = domain.devicesOf(DiskDevice);
    disk!.readonly = true;
    disk!.sourceFile = '/b.img';
    expect(domain.toXml()).toContain(`<source file="/b.img"/>
      <target dev='vda' bus='virtio'/>
      <readonly/>
    </disk>`);
    disk!.readonly = false;
    expect(domain.toXml()).not.toContain('readonly');
  });

  it('removes a device and its line', () => {
    const domain = DomainXml.parse(SOURCE);
    domain.removeDevice(domain.devices[0]!);
    expect(domain.toXml()).toContain('<devices/>');
    expect(domain.devices).toEqual([]);
  });

  it('treats devices it has no class for as generic devices', () => {
    const domain = DomainXml.parse(
      "<domain><devices><teleporter model='x'><alias name='tp0'/></teleporter></devices></domain>",
    );
    const [unknown] = domain.devices;
    expect(unknown).toBeInstanceOf(OtherDevice);
    expect(unknown && aliasOf(unknown)).toBe('tp0');
  });
});

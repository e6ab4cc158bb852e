import { describe, expect, it } from 'vitest';
import { ensureChild, insertInOrder, pruneEmpty } from '../../../src/domain/xml/edit';
import { XmlElement } from '../../../src/domain/xml/nodes';
import { parseXml } from '../../../src/domain/xml/parse';
import { serializeDocument, serializeElement } from '../../../src/domain/xml/serialize';

const DOMAIN = `<domain type='kvm'>
  <name>vm</name>
  <devices>
    <disk type='file' device='disk'>
      <target dev='vda'/>
    </disk>
    <interface type='network'/>
  </devices>
</domain>
`;

describe('insertInOrder', () => {
  it("puts a new device after its kind, in libvirt's order, indented like its siblings", () => {
    const doc = parseXml(DOMAIN);
    const devices = doc.root.child('devices')!;
    insertInOrder(devices, new XmlElement('disk'));
    insertInOrder(devices, new XmlElement('emulator'));
    insertInOrder(devices, new XmlElement('hostdev'));
    expect(serializeDocument(doc)).toBe(`<domain type='kvm'>
  <name>vm</name>
  <devices>
    <emulator/>
    <disk type='file' device='disk'>
      <target dev='vda'/>
    </disk>
    <disk/>
    <interface type='network'/>
    <hostdev/>
  </devices>
</domain>
`);
  });

  it('opens an empty element and indents one step deeper than it', () => {
    const doc = parseXml(DOMAIN);
    const iface = doc.root.child('devices')!.child('interface')!;
    ensureChild(iface, 'source').setAttribute('network', 'default');
    ensureChild(iface, 'mac').setAttribute('address', '52:54:00:00:00:01');
    expect(serializeElement(iface)).toBe(`<interface type='network'>
      <mac address="52:54:00:00:00:01"/>
      <source network="default"/>
    </interface>`);
  });

  it('keeps compact XML compact', () => {
    const doc = parseXml('<domain><devices><disk/></devices></domain>');
    insertInOrder(doc.root.child('devices')!, new XmlElement('controller'));
    ensureChild(doc.root, 'name').text = 'a<b';
    expect(serializeDocument(doc)).toBe(
      '<domain><name>a&lt;b</name><devices><disk/><controller/></devices></domain>',
    );
  });

  it('indents a fresh tree like libvirt', () => {
    const root = new XmlElement('domain');
    ensureChild(ensureChild(root, 'os'), 'type').text = 'hvm';
    ensureChild(root, 'name').text = 'vm';
    expect(serializeElement(root)).toBe(
      '<domain>\n  <name>vm</name>\n  <os>\n    <type>hvm</type>\n  </os>\n</domain>',
    );
  });
});

describe('remove and pruneEmpty', () => {
  it('removes an element with its indentation, and empty shells up to the stop element', () => {
    const doc = parseXml(DOMAIN);
    const disk = doc.root.child('devices')!.child('disk')!;
    const target = disk.child('target')!;
    target.removeAttribute('dev');
    pruneEmpty(target, disk);
    expect(serializeElement(disk)).toBe("<disk type='file' device='disk'/>");
    doc.root.child('devices')!.remove(disk);
    expect(serializeDocument(doc)).toBe(`<domain type='kvm'>
  <name>vm</name>
  <devices>
    <interface type='network'/>
  </devices>
</domain>
`);
  });

  it('keeps an element that still has content', () => {
    const root = parseXml('<a><b x="1"><c/></b></a>').root;
    pruneEmpty(root.child('b')!.child('c')!, root);
    expect(serializeElement(root)).toBe('<a><b x="1"/></a>');
  });
});

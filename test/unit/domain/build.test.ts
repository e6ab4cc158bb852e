import { describe, expect, it } from 'vitest';
import { buildDisk, buildHostdev, buildNic } from '../../../src/domain/devices/build';
import { DiskDevice } from '../../../src/domain/devices/disk';
import { findDevice } from '../../../src/domain/devices/find';
import { diskSuffix, nextTargetName } from '../../../src/domain/devices/target-names';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { DiskSpec, HostdevSpec, NicSpec } from '../../../src/shared/devices';
import type { DiskSpecInput, NicSpecInput } from '../../../src/shared/devices';
import { liveFile } from '../../helpers/xml-corpus';

const live = () => DomainXml.parse(liveFile('q35-running.xml'));
const disk = (domain: DomainXml, spec: Omit<DiskSpecInput, 'kind'>) =>
  serializeElement(buildDisk(domain, DiskSpec.parse({ kind: 'disk', ...spec })));
const nic = (spec: Omit<NicSpecInput, 'kind'>) =>
  serializeElement(buildNic(NicSpec.parse({ kind: 'interface', ...spec })));

describe('buildDisk', () => {
  it('writes a qcow2 virtio disk on the next free target, in libvirt order', () => {
    expect(
      disk(live(), {
        source: { type: 'file', path: '/img/new.qcow2' },
        format: 'qcow2',
        alias: 'ua-new',
      }),
    ).toBe(`<disk type="file" device="disk">
  <driver name="qemu" type="qcow2"/>
  <source file="/img/new.qcow2"/>
  <target dev="vdb" bus="virtio"/>
  <alias name="ua-new"/>
</disk>`);
  });

  it('gives an empty CD-ROM the SATA bus on q35, the IDE bus on i440fx, and makes it read-only', () => {
    expect(disk(live(), { device: 'cdrom', source: { type: 'none' } }))
      .toBe(`<disk type="file" device="cdrom">
  <driver name="qemu"/>
  <target dev="sdd" bus="sata"/>
  <readonly/>
</disk>`);
    const pc = DomainXml.parse(
      "<domain type='kvm'><os><type machine='pc-i440fx-7.2'>hvm</type></os></domain>",
    );
    expect(disk(pc, { device: 'cdrom', source: { type: 'none' } })).toContain(
      '<target dev="hda" bus="ide"/>',
    );
  });

  it('names pool volumes and block devices, and leaves the driver out for non-QEMU hosts', () => {
    const test = DomainXml.parse("<domain type='test'/>");
    expect(
      disk(test, { source: { type: 'volume', pool: 'default', volume: 'a.img' }, bootOrder: 1 }),
    ).toBe(`<disk type="volume" device="disk">
  <source pool="default" volume="a.img"/>
  <target dev="vda" bus="virtio"/>
  <boot order="1"/>
</disk>`);
    expect(
      disk(test, { source: { type: 'block', path: '/dev/sdz' }, bus: 'scsi', readonly: true }),
    ).toContain('<source dev="/dev/sdz"/>\n  <target dev="sda" bus="scsi"/>\n  <readonly/>');
  });

  it('rejects specs that libvirt would reject, saying how to fix them', () => {
    const result = DiskSpec.safeParse({
      kind: 'disk',
      source: { type: 'file', path: '/a' },
      target: 'vd1',
      alias: 'mine',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'a disk target looks like vdb or sda',
      'a user alias starts with "ua-" and has letters, digits, - and _',
    ]);
  });
});

describe('buildNic', () => {
  it('writes a virtio NIC on a network; libvirt picks the MAC', () => {
    expect(nic({ source: { type: 'network', network: 'default' } }))
      .toBe(`<interface type="network">
  <source network="default"/>
  <model type="virtio"/>
</interface>`);
  });

  it('writes bridge and macvtap NICs with MAC, link state and alias', () => {
    expect(
      nic({
        source: { type: 'bridge', bridge: 'br0' },
        mac: '52:54:00:AA:BB:CC',
        linkUp: false,
        alias: 'ua-nic1',
      }),
    ).toBe(`<interface type="bridge">
  <mac address="52:54:00:aa:bb:cc"/>
  <source bridge="br0"/>
  <model type="virtio"/>
  <link state="down"/>
  <alias name="ua-nic1"/>
</interface>`);
    expect(nic({ source: { type: 'direct', dev: 'eth0' }, model: 'e1000e' })).toContain(
      '<source dev="eth0" mode="bridge"/>\n  <model type="e1000e"/>',
    );
  });
});

describe('disk target names', () => {
  it("count like libvirt's: a..z, then aa", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(diskSuffix)).toEqual([
      'a',
      'b',
      'z',
      'aa',
      'ab',
      'zz',
      'aaa',
    ]);
  });

  it('take the first free name on the bus', () => {
    expect(nextTargetName('virtio', ['vda', 'vdc'])).toBe('vdb');
    expect(nextTargetName('sata', ['sda', 'vdb'])).toBe('sdb');
    expect(nextTargetName('fdc', [])).toBe('fda');
  });
});

describe('a built device goes back into the domain', () => {
  it('after the existing disks, and is then found by its target', () => {
    const domain = live();
    domain.addDevice(
      buildDisk(domain, DiskSpec.parse({ kind: 'disk', source: { type: 'file', path: '/x.img' } })),
    );
    const xml = domain.toXml();
    expect(xml.indexOf('/x.img')).toBeGreaterThan(xml.indexOf('legacy.img'));
    expect(xml.indexOf('/x.img')).toBeLessThan(xml.indexOf("<controller type='scsi'"));
    expect(xml).toContain(`    <disk type="file" device="disk">
      <driver name="qemu"/>
      <source file="/x.img"/>
      <target dev="vdb" bus="virtio"/>
    </disk>
    <controller type='scsi'`);
  });
});

describe('buildHostdev', () => {
  it('writes a managed PCI passthrough that the hostdev match finds again', () => {
    const element = buildHostdev(
      HostdevSpec.parse({ kind: 'hostdev', source: { pci: { bus: 0x3b, slot: 0, function: 1 } } }),
    );
    expect(serializeElement(element)).toBe(`<hostdev mode="subsystem" type="pci" managed="yes">
  <source>
    <address domain="0x0000" bus="0x3b" slot="0x00" function="0x1"/>
  </source>
</hostdev>`);
    const domain = DomainXml.parse("<domain type='kvm'><devices/></domain>");
    domain.addDevice(element);
    expect(
      findDevice(domain, {
        kind: 'hostdev',
        source: { pci: { domain: 0, bus: 0x3b, slot: 0, function: 1 } },
      }).element,
    ).toBe(element);
  });

  it('writes a USB device by vendor and product', () => {
    const spec = HostdevSpec.parse({
      kind: 'hostdev',
      source: { usbVendor: '0x1d6b', usbProduct: '0x0002' },
      managed: false,
    });
    expect(serializeElement(buildHostdev(spec)))
      .toBe(`<hostdev mode="subsystem" type="usb" managed="no">
  <source>
    <vendor id="0x1d6b"/>
    <product id="0x0002"/>
  </source>
</hostdev>`);
  });
});

describe('buildDisk for a change to both the running VM and its saved configuration', () => {
  it('picks a target free in both definitions', () => {
    const running = DomainXml.parse(
      "<domain type='kvm'><devices><disk device='disk'><target dev='vda' bus='virtio'/></disk></devices></domain>",
    );
    const saved = DomainXml.parse(
      "<domain type='kvm'><devices><disk device='disk'><target dev='vdb' bus='virtio'/></disk></devices></domain>",
    );
    const spec = DiskSpec.parse({ kind: 'disk', source: { type: 'file', path: '/x.img' } });
    expect(new DiskDevice(buildDisk(running, spec, [saved])).targetDev).toBe('vdc');
    expect(new DiskDevice(buildDisk(running, spec)).targetDev).toBe('vdb');
  });
});

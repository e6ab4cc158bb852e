import { describe, expect, it } from 'vitest';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { findDevice } from '../../../src/domain/devices/find';
import { matchFor } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput } from '../../../src/shared/devices';
import { assertValidLibvirtXml, describeWhen, xmlSchemaValidator } from '../../fixtures/requirements';

/**
 * Every device a user can add, from the spec a dialog sends to device XML. Each element
 * is checked as written, found again by the match the device list would offer, and (where
 * libvirt's tools are installed) accepted by libvirt's domain schema inside a definition.
 */
const BASE = `<domain type='kvm'>
  <name>builder-check</name>
  <maxMemory slots='16' unit='GiB'>64</maxMemory>
  <memory unit='GiB'>2</memory>
  <vcpu>2</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
  </os>
  <cpu>
    <numa>
      <cell id='0' cpus='0-1' memory='2' unit='GiB'/>
    </numa>
  </cpu>
  <devices>
    <controller type='scsi' index='0' model='virtio-scsi'/>
  </devices>
</domain>
`;

const CASES: [string, DeviceSpecInput, string][] = [
  [
    'qcow2 disk',
    {
      kind: 'disk',
      source: { type: 'file', path: '/var/lib/libvirt/images/d.qcow2' },
      format: 'qcow2',
    },
    `<disk type="file" device="disk">
  <driver name="qemu" type="qcow2"/>
  <source file="/var/lib/libvirt/images/d.qcow2"/>
  <target dev="vda" bus="virtio"/>
</disk>`,
  ],
  [
    'disk on a pool volume with a cache mode',
    {
      kind: 'disk',
      source: { type: 'volume', pool: 'default', volume: 'web1-1.qcow2' },
      format: 'qcow2',
      cache: 'none',
    },
    `<disk type="volume" device="disk">
  <driver name="qemu" type="qcow2" cache="none"/>
  <source pool="default" volume="web1-1.qcow2"/>
  <target dev="vda" bus="virtio"/>
</disk>`,
  ],
  [
    'raw disk left to the hypervisor default cache',
    {
      kind: 'disk',
      source: { type: 'block', path: '/dev/vg0/data' },
      cache: 'default',
    },
    `<disk type="block" device="disk">
  <driver name="qemu" cache="default"/>
  <source dev="/dev/vg0/data"/>
  <target dev="vda" bus="virtio"/>
</disk>`,
  ],
  [
    'empty CD-ROM',
    { kind: 'disk', device: 'cdrom', source: { type: 'none' } },
    `<disk type="file" device="cdrom">
  <driver name="qemu"/>
  <target dev="sda" bus="sata"/>
  <readonly/>
</disk>`,
  ],
  [
    'NIC on a network',
    { kind: 'interface', source: { type: 'network', network: 'default' } },
    `<interface type="network">
  <source network="default"/>
  <model type="virtio"/>
</interface>`,
  ],
  [
    'PCI host device',
    { kind: 'hostdev', source: { pci: { bus: 59, slot: 0, function: 1 } } },
    `<hostdev mode="subsystem" type="pci" managed="yes">
  <source>
    <address domain="0x0000" bus="0x3b" slot="0x00" function="0x1"/>
  </source>
</hostdev>`,
  ],
  [
    'USB host device',
    { kind: 'hostdev', source: { usbVendor: '0x1d6b', usbProduct: '0x0002' } },
    `<hostdev mode="subsystem" type="usb" managed="yes">
  <source>
    <vendor id="0x1d6b"/>
    <product id="0x0002"/>
  </source>
</hostdev>`,
  ],
  [
    'virtio-scsi controller on the next free index',
    { kind: 'controller', type: 'scsi' },
    `<controller type="scsi" index="1" model="virtio-scsi"/>`,
  ],
  [
    'USB controller with its model',
    { kind: 'controller', type: 'usb', model: 'qemu-xhci', alias: 'ua-usb' },
    `<controller type="usb" index="0" model="qemu-xhci">
  <alias name="ua-usb"/>
</controller>`,
  ],
  [
    'virtiofs share',
    { kind: 'filesystem', source: '/srv/share', tag: 'share' },
    `<filesystem type="mount" accessmode="passthrough">
  <driver type="virtiofs"/>
  <source dir="/srv/share"/>
  <target dir="share"/>
</filesystem>`,
  ],
  [
    '9p read-only share',
    { kind: 'filesystem', driver: 'path', source: '/srv/ro', tag: 'ro', readonly: true },
    `<filesystem type="mount" accessmode="mapped">
  <driver type="path"/>
  <source dir="/srv/ro"/>
  <target dir="ro"/>
  <readonly/>
</filesystem>`,
  ],
  [
    'rng from /dev/urandom with a rate',
    { kind: 'rng', backend: { type: 'random' }, rate: { bytes: 1024, periodMs: 1000 } },
    `<rng model="virtio">
  <rate bytes="1024" period="1000"/>
  <backend model="random">/dev/urandom</backend>
</rng>`,
  ],
  [
    'builtin rng',
    { kind: 'rng', backend: { type: 'builtin' } },
    `<rng model="virtio">
  <backend model="builtin"/>
</rng>`,
  ],
  [
    'watchdog',
    { kind: 'watchdog', action: 'poweroff' },
    `<watchdog model="i6300esb" action="poweroff"/>`,
  ],
  [
    'virtio keyboard',
    { kind: 'input', type: 'keyboard', bus: 'virtio' },
    `<input type="keyboard" bus="virtio"/>`,
  ],
  [
    'serial port on a pty',
    { kind: 'serial', port: 1 },
    `<serial type="pty">
  <target port="1"/>
</serial>`,
  ],
  [
    'serial port on TCP',
    { kind: 'serial', source: { type: 'tcp', host: '127.0.0.1', port: 4555 } },
    `<serial type="tcp">
  <source mode="bind" host="127.0.0.1" service="4555"/>
</serial>`,
  ],
  [
    'virtio console',
    { kind: 'console' },
    `<console type="pty">
  <target type="virtio"/>
</console>`,
  ],
  [
    'guest agent channel',
    { kind: 'channel', name: 'org.qemu.guest_agent.0' },
    `<channel type="unix">
  <source mode="bind"/>
  <target type="virtio" name="org.qemu.guest_agent.0"/>
</channel>`,
  ],
  [
    'SPICE agent channel',
    { kind: 'channel', name: 'com.redhat.spice.0', source: { type: 'spicevmc' } },
    `<channel type="spicevmc">
  <target type="virtio" name="com.redhat.spice.0"/>
</channel>`,
  ],
  ['sound card', { kind: 'sound' }, `<sound model="ich9"/>`],
  [
    'virtio video with 3D',
    { kind: 'video', heads: 1, accel3d: true },
    `<video>
  <model type="virtio" heads="1">
    <acceleration accel3d="yes"/>
  </model>
</video>`,
  ],
  [
    'VNC on the host only',
    { kind: 'graphics', type: 'vnc' },
    `<graphics type="vnc" autoport="yes">
  <listen type="address" address="127.0.0.1"/>
</graphics>`,
  ],
  [
    'SPICE on a fixed port',
    { kind: 'graphics', type: 'spice', port: 5930, keymap: 'de' },
    `<graphics type="spice" port="5930" autoport="no" keymap="de">
  <listen type="address" address="127.0.0.1"/>
</graphics>`,
  ],
  [
    'VNC on a socket',
    { kind: 'graphics', type: 'vnc', listen: { type: 'socket' } },
    `<graphics type="vnc">
  <listen type="socket"/>
</graphics>`,
  ],
  [
    'emulated TPM 2.0',
    { kind: 'tpm' },
    `<tpm model="tpm-crb">
  <backend type="emulator" version="2.0"/>
</tpm>`,
  ],
  [
    'host TPM',
    { kind: 'tpm', model: 'tpm-tis', backend: { type: 'passthrough' } },
    `<tpm model="tpm-tis">
  <backend type="passthrough">
    <device path="/dev/tpm0"/>
  </backend>
</tpm>`,
  ],
  [
    'vsock with a CID',
    { kind: 'vsock', cid: 42 },
    `<vsock model="virtio">
  <cid auto="no" address="42"/>
</vsock>`,
  ],
  [
    'vsock with libvirt picking the CID',
    { kind: 'vsock' },
    `<vsock model="virtio">
  <cid auto="yes"/>
</vsock>`,
  ],
  ['SPICE USB redirection', { kind: 'redirdev' }, `<redirdev bus="usb" type="spicevmc"/>`],
  [
    'usbredir over TCP',
    { kind: 'redirdev', source: { type: 'tcp', host: 'usb.example', port: 4000 } },
    `<redirdev bus="usb" type="tcp">
  <source mode="connect" host="usb.example" service="4000"/>
</redirdev>`,
  ],
  [
    'smartcard passthrough',
    { kind: 'smartcard' },
    `<smartcard mode="passthrough" type="spicevmc"/>`,
  ],
  ['host smartcard', { kind: 'smartcard', mode: 'host' }, `<smartcard mode="host"/>`],
  [
    'DIMM',
    { kind: 'memory', sizeMiB: 1024, node: 0 },
    `<memory model="dimm">
  <target>
    <size unit="KiB">1048576</size>
    <node>0</node>
  </target>
</memory>`,
  ],
  [
    'virtio-mem',
    { kind: 'memory', model: 'virtio-mem', sizeMiB: 2048, node: 0, requestedMiB: 512 },
    `<memory model="virtio-mem">
  <target>
    <size unit="KiB">2097152</size>
    <node>0</node>
    <block unit="KiB">2048</block>
    <requested unit="KiB">524288</requested>
  </target>
</memory>`,
  ],
  [
    'SCSI host device',
    { kind: 'hostdev', source: { scsi: { adapter: 'scsi_host2', unit: 3 } } },
    `<hostdev mode="subsystem" type="scsi">
  <source>
    <adapter name="scsi_host2"/>
    <address bus="0" target="0" unit="3"/>
  </source>
</hostdev>`,
  ],
  [
    'mediated device',
    { kind: 'hostdev', source: { mdev: 'c2177883-f1bb-47f0-914d-32a22e3a8804' } },
    `<hostdev mode="subsystem" type="mdev" model="vfio-pci">
  <source>
    <address uuid="c2177883-f1bb-47f0-914d-32a22e3a8804"/>
  </source>
</hostdev>`,
  ],
];

/** spicevmc devices ride on a SPICE display, which the builder checks for. */
const needsSpice = (spec: DeviceSpec) =>
  (spec.kind === 'redirdev' && spec.source.type === 'spicevmc') ||
  (spec.kind === 'smartcard' && spec.mode === 'passthrough');

const build = (input: DeviceSpecInput) => {
  const domain = DomainXml.parse(BASE);
  const spec = DeviceSpec.parse(input);
  if (needsSpice(spec))
    domain.addDevice(buildDevice(domain, DeviceSpec.parse({ kind: 'graphics', type: 'spice' })));
  const element = buildDevice(domain, spec);
  return { domain, element };
};

describe('buildDevice', () => {
  it.each(CASES)('%s', (_, input, expected) => {
    const { domain, element } = build(input);
    expect(serializeElement(element)).toBe(expected);
    const device = domain.addDevice(element);
    const match = matchFor(domain, device);
    expect(match && findDevice(domain, match).element).toBe(element);
  });

  it('writes no display password, whatever the spec carries', () => {
    const spec = DeviceSpec.parse({ kind: 'graphics', type: 'vnc', passwd: 'secret' });
    expect(serializeElement(buildDevice(DomainXml.parse(BASE), spec))).not.toContain('secret');
  });

  it('refuses specs libvirt would refuse, saying why', () => {
    const result = DeviceSpec.safeParse({ kind: 'vsock', cid: 2 });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['CIDs 0 to 2 are reserved']);
    expect(
      DeviceSpec.safeParse({ kind: 'filesystem', source: 'srv', tag: 'x' }).error?.issues[0]
        ?.message,
    ).toBe('the shared directory is an absolute path on the host');
  });
});

describeWhen("libvirt's domain schema accepts each built device", xmlSchemaValidator, () => {
  it.each(CASES)('%s', (_label, input) => {
    const { domain, element } = build(input);
    domain.addDevice(element);
    assertValidLibvirtXml(domain.toXml(), 'domain');
  });
});

import { describe, expect, it } from 'vitest';
import { liveAttachProblem } from '../../../src/domain/devices/hot-add-rules';
import { DomainXml } from '../../../src/domain/domain-xml';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput } from '../../../src/shared/devices';
import { hotAddProblem } from '../../../src/shared/hot-add';
import { liveFile } from '../../helpers/xml-corpus';

const spec = (input: DeviceSpecInput) => DeviceSpec.parse(input);

/** The running q35 guest of the fixtures: virtio-serial controller, no NUMA, private memory. */
const q35 = () => DomainXml.parse(liveFile('q35-running.xml'));

/** A running i440fx guest with nothing but a serial port, like the busybox test guest. */
const PC = DomainXml.parse(`<domain type='qemu' id='3'>
  <name>bare</name>
  <memory unit='KiB'>262144</memory>
  <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os>
  <devices>
    <controller type='usb' index='0' model='piix3-uhci'/>
    <controller type='pci' index='0' model='pci-root'/>
    <serial type='pty'><target type='isa-serial' port='0'/></serial>
  </devices>
</domain>`);

describe('hotAddProblem: what a running VM can never take, by spec', () => {
  it.each<[string, DeviceSpecInput, RegExp]>([
    ['TPM', { kind: 'tpm' }, /^A TPM cannot be added to a running VM/],
    ['sound card', { kind: 'sound' }, /^A sound card cannot/],
    ['video', { kind: 'video' }, /^A video device cannot/],
    ['display', { kind: 'graphics', type: 'vnc' }, /^A display \(graphics\) cannot/],
    ['smartcard', { kind: 'smartcard' }, /^A smartcard reader cannot/],
    ['USB controller', { kind: 'controller', type: 'usb' }, /only SCSI controllers can/],
    [
      'virtio-serial controller',
      { kind: 'controller', type: 'virtio-serial' },
      /^A virtio-serial controller cannot/,
    ],
    [
      '9p share',
      { kind: 'filesystem', driver: 'path', source: '/srv', tag: 's' },
      /only virtiofs can/,
    ],
    ['ib700 watchdog', { kind: 'watchdog', model: 'ib700' }, /only i6300esb can/],
    ['ISA serial port', { kind: 'serial' }, /sits on the ISA bus/],
    ['serial console', { kind: 'console', target: 'serial' }, /Add a virtio console/],
    ['floppy', { kind: 'disk', device: 'floppy', source: { type: 'none' } }, /floppy drive/],
    [
      'SATA disk',
      { kind: 'disk', bus: 'sata', source: { type: 'file', path: '/d.img' } },
      /SATA bus/,
    ],
    [
      'IDE CD-ROM',
      { kind: 'disk', device: 'cdrom', bus: 'ide', source: { type: 'file', path: '/i.iso' } },
      /IDE bus/,
    ],
    [
      'empty SCSI CD-ROM',
      { kind: 'disk', device: 'cdrom', bus: 'scsi', source: { type: 'none' } },
      /^An empty CD-ROM drive cannot be added to a running VM/,
    ],
    [
      'empty USB CD-ROM',
      { kind: 'disk', device: 'cdrom', bus: 'usb', source: { type: 'none' } },
      /^An empty CD-ROM drive cannot/,
    ],
  ])('refuses a %s, saying to add it to the saved definition', (_name, input, reason) => {
    const problem = hotAddProblem(spec(input));
    expect(problem).toMatch(reason);
    expect(problem).toMatch(/saved definition|virtio console/);
  });

  it.each<[string, DeviceSpecInput]>([
    ['virtio disk', { kind: 'disk', source: { type: 'file', path: '/d.img' } }],
    [
      'SCSI CD-ROM with an image',
      { kind: 'disk', device: 'cdrom', bus: 'scsi', source: { type: 'file', path: '/i.iso' } },
    ],
    ['NIC', { kind: 'interface', source: { type: 'network', network: 'default' } }],
    ['host USB device', { kind: 'hostdev', source: { usbVendor: '0x1234', usbProduct: '0x5678' } }],
    ['SCSI controller', { kind: 'controller', type: 'scsi' }],
    ['virtiofs share', { kind: 'filesystem', source: '/srv', tag: 's' }],
    ['RNG', { kind: 'rng', backend: { type: 'builtin' } }],
    ['i6300esb watchdog', { kind: 'watchdog' }],
    ['USB tablet', { kind: 'input', type: 'tablet' }],
    ['virtio console', { kind: 'console' }],
    ['channel', { kind: 'channel', name: 'org.qemu.guest_agent.0' }],
    ['vsock', { kind: 'vsock' }],
    ['USB redirection', { kind: 'redirdev' }],
    ['DIMM', { kind: 'memory', sizeMiB: 512 }],
  ])('lets a %s through', (_name, input) => {
    expect(hotAddProblem(spec(input))).toBeUndefined();
  });
});

describe('liveAttachProblem: what depends on the running VM', () => {
  it('gives a CD-ROM without a bus the machine default, which cannot hotplug', () => {
    const cdrom = spec({ kind: 'disk', device: 'cdrom', source: { type: 'file', path: '/i.iso' } });
    expect(liveAttachProblem(q35(), cdrom)).toMatch(/SATA bus/);
    expect(liveAttachProblem(PC, cdrom)).toMatch(/IDE bus/);
  });

  it('needs a virtio-serial controller for channels and virtio consoles', () => {
    const channel = spec({ kind: 'channel', name: 'org.example.port' });
    expect(liveAttachProblem(q35(), channel)).toBeUndefined();
    expect(liveAttachProblem(PC, channel)).toMatch(/needs a virtio-serial controller/);
    expect(liveAttachProblem(PC, spec({ kind: 'console' }))).toMatch(/virtio console needs/);
  });

  it('needs a maximum memory and a NUMA node for plugged memory', () => {
    expect(liveAttachProblem(PC, spec({ kind: 'memory', sizeMiB: 512 }))).toMatch(
      /maximum memory and at least one NUMA node/,
    );
  });

  it('refuses virtiofs while the running memory is not shared, and not once it is', () => {
    const share = spec({ kind: 'filesystem', source: '/srv/share', tag: 'share' });
    expect(liveAttachProblem(PC, share)).toMatch(
      /^A virtiofs share needs the VM's memory to be shared.*saved definition.*shut the VM down and start it again/,
    );
    const sharedPc = DomainXml.parse(PC.toXml());
    sharedPc.memoryBackingSource = 'memfd';
    sharedPc.memoryBackingAccess = 'shared';
    expect(liveAttachProblem(sharedPc, share)).toBeUndefined();
  });

  it('passes the rules by spec on', () => {
    expect(liveAttachProblem(q35(), spec({ kind: 'tpm' }))).toMatch(/^A TPM cannot/);
    expect(liveAttachProblem(q35(), spec({ kind: 'input', type: 'tablet' }))).toBeUndefined();
  });
});

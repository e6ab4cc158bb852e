import { describe, expect, it } from 'vitest';
import { prepareDetach } from '../../../src/domain/devices/detach';
import { devicesOnController } from '../../../src/domain/devices/unplug-rules';
import { ControllerDevice } from '../../../src/domain/devices/controller';
import { describeDevice } from '../../../src/domain/devices/describe';
import { InterfaceDevice } from '../../../src/domain/devices/interface';
import { DomainXml } from '../../../src/domain/domain-xml';
import { parseXml } from '../../../src/domain/xml/parse';
import { DeviceMatch } from '../../../src/shared/devices';
import type { AppError } from '../../../src/shared/errors';
import { isAppError } from '../../../src/shared/errors';
import { liveFile } from '../../helpers/xml-corpus';

const LIVE_XML = liveFile('q35-running.xml');
const live = () => DomainXml.parse(LIVE_XML);

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('prepareDetach finds the one device a match names', () => {
  it.each([
    [{ kind: 'disk', target: 'vda' }, 'virtio-disk0'],
    [{ kind: 'interface', mac: '52:54:00:6B:3C:58' }, 'net0'],
    [{ kind: 'hostdev', source: { pci: { bus: 0x3b, slot: 0, function: 1 } } }, 'hostdev0'],
    [{ kind: 'hostdev', source: { usbVendor: '1d6b', usbProduct: '0x0002' } }, 'hostdev1'],
    [{ kind: 'hostdev', source: { usbBus: 1, usbDevice: 3 } }, 'hostdev1'],
    [{ kind: 'controller', type: 'scsi', index: 1 }, 'scsi1'],
    [{ kind: 'chardev', element: 'channel', name: 'org.qemu.guest_agent.0' }, 'channel0'],
    [{ kind: 'alias', alias: 'ua-data' }, 'ua-data'],
  ])('%j', (match, alias) => {
    const plan = prepareDetach(live(), DeviceMatch.parse(match), true);
    expect(plan.awaitAlias).toBe(alias);
    expect(plan.device.element.name).not.toBe('console');
    // What is sent is the element exactly as it stands in the definition.
    const sent = parseXml(plan.deviceXml).root;
    expect(sent.child('alias')?.getAttribute('name')).toBe(alias);
    expect(LIVE_XML).toContain(plan.deviceXml);
  });

  it.each([
    { kind: 'chardev', element: 'serial', port: 0 },
    // serial0 names the serial port and the console that mirrors it: the port is the device.
    { kind: 'alias', alias: 'serial0' },
  ])('%j names the ISA serial port, which only the definition can lose', (match) => {
    const plan = prepareDetach(live(), DeviceMatch.parse(match), false);
    expect(plan.device.element.name).toBe('serial');
    expect(parseXml(plan.deviceXml).root.child('alias')?.getAttribute('name')).toBe('serial0');
    const error = failure(() => prepareDetach(live(), DeviceMatch.parse(match), true));
    expect(error.code).toBe('not-hot-unpluggable');
    expect(error.message).toMatch(/^A serial port on the ISA bus cannot be removed while/);
  });

  it('says when nothing matches, and what to do', () => {
    const error = failure(() => prepareDetach(live(), { kind: 'disk', target: 'vdz' }, true));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      'web1 has no disk with target "vdz". Refresh its device list: the device may already be gone.',
    );
  });

  it('refuses to guess between several matches', () => {
    const domain = live();
    const [nic] = domain.devicesOf(InterfaceDevice);
    const copy = new InterfaceDevice(nic!.element.clone());
    copy.alias = 'net1';
    domain.addDevice(copy.element);
    const error = failure(() =>
      prepareDetach(domain, { kind: 'interface', mac: '52:54:00:6b:3c:58' }, true),
    );
    expect(error.code).toBe('ambiguous');
    expect(error.message).toMatch(
      /^2 devices match network interface with MAC .*Name the interface by its MAC address, its PCI address or its alias instead\.$/,
    );
  });
});

describe('prepareDetach applies the hot-unplug rules to live detaches only', () => {
  it.each([
    [
      { kind: 'disk', target: 'sda' },
      /A cdrom drive cannot be removed while the VM runs\. Eject its media/,
    ],
    [
      { kind: 'disk', target: 'sdc' },
      /Disks on the sata bus cannot be unplugged while the VM runs/,
    ],
  ])('%j', (match, message) => {
    const error = failure(() => prepareDetach(live(), DeviceMatch.parse(match), true));
    expect(error.code).toBe('not-hot-unpluggable');
    expect(error.message).toMatch(message);
    const plan = prepareDetach(live(), DeviceMatch.parse(match), false);
    expect(plan.awaitAlias).toBeUndefined();
  });

  it('a non-SCSI controller cannot be unplugged live, busy or not', () => {
    const error = failure(() =>
      prepareDetach(live(), { kind: 'controller', type: 'virtio-serial', index: 0 }, true),
    );
    expect(error.code).toBe('not-hot-unpluggable');
    expect(error.message).toMatch(
      /^Only SCSI controllers can be unplugged from a running VM, and this is a virtio-serial controller/,
    );
  });

  it.each([
    [{ kind: 'alias', alias: 'video0' }, /^libvirt gives every VM with a display a video device/],
    [{ kind: 'alias', alias: 'balloon0' }, /^libvirt cannot remove the memory balloon/],
    [{ kind: 'controller', type: 'usb', index: 0 }, /^The first USB controller is part of/],
    [{ kind: 'controller', type: 'pci', index: 0 }, /^The PCIe root bus is part of the machine/],
    [{ kind: 'controller', type: 'sata', index: 0 }, /^The SATA controller is built into/],
  ])('%j is not removable from either definition', (match, message) => {
    for (const isLive of [true, false]) {
      const error = failure(() => prepareDetach(live(), DeviceMatch.parse(match), isLive));
      expect(error.code).toBe('not-removable');
      expect(error.message).toMatch(message);
    }
  });

  it('a controller with devices on it is busy in either scope', () => {
    for (const isLive of [true, false]) {
      const error = failure(() =>
        prepareDetach(live(), { kind: 'controller', type: 'scsi', index: 0 }, isLive),
      );
      expect(error.code).toBe('busy');
      expect(error.message).toBe(
        'The scsi controller 0 still has devices on it (disk sdb). Detach those first.',
      );
    }
  });

  it('finds the devices on each kind of controller through their addresses', () => {
    const domain = live();
    const on = (type: string, index: number) => {
      const controller = domain
        .devicesOf(ControllerDevice)
        .find((c) => c.type === type && c.index === index)!;
      return devicesOnController(domain, controller).map(describeDevice);
    };
    expect(on('sata', 0)).toEqual(['cdrom sda', 'disk sdc']);
    expect(on('usb', 0)).toEqual(['tablet input', 'host USB device 0x1d6b:0x0002']);
    expect(on('virtio-serial', 0)).toEqual(['channel org.qemu.guest_agent.0']);
    expect(on('pci', 0)).toEqual(['sata controller 0', 'pci controller 1', 'virtio video']);
    expect(on('pci', 1)).toEqual(['network interface 52:54:00:6b:3c:58']);
    expect(on('scsi', 1)).toEqual([]);
  });

  it('has no alias to wait for on a hypervisor that gives none (the test driver)', () => {
    const domain = DomainXml.parse(
      "<domain type='test'><name>t</name><devices><disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk></devices></domain>",
    );
    expect(prepareDetach(domain, { kind: 'disk', target: 'vda' }, true).awaitAlias).toBeUndefined();
  });
});

describe('not-found messages name the match the way the user gave it', () => {
  it.each([
    [{ kind: 'chardev', element: 'channel', name: 'org.example.0' }, 'channel "org.example.0"'],
    [{ kind: 'chardev', element: 'parallel', port: 1 }, 'parallel 1'],
    [{ kind: 'chardev', element: 'parallel' }, 'parallel'],
    [{ kind: 'controller', type: 'usb', index: 3 }, 'usb controller with index 3'],
    [{ kind: 'hostdev', source: { pci: { bus: 1, slot: 2 } } }, 'host PCI device 0000:01:02.0'],
    [
      { kind: 'hostdev', source: { usbBus: 1, usbDevice: 9 } },
      'host USB device on bus 1, device 9',
    ],
  ])('%j', (match, description) => {
    const error = failure(() => prepareDetach(live(), DeviceMatch.parse(match), false));
    expect(error.message).toBe(
      `web1 has no ${description}. Refresh its device list: the device may already be gone.`,
    );
  });
});

describe('PCI slots that cannot hotplug', () => {
  it('the PCIe root bus holds its devices', () => {
    const xml = liveFile('q35-running.xml').replace(
      "<address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>",
      "<address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>",
    );
    const error = failure(() =>
      prepareDetach(DomainXml.parse(xml), { kind: 'alias', alias: 'net0' }, true),
    );
    expect(error.message).toBe(
      'The network interface 52:54:00:6b:3c:58 sits directly on the PCIe root bus, which cannot hotplug. Remove it from the saved configuration and restart the VM.',
    );
  });

  it('a port with hotplug turned off holds its device', () => {
    const xml = liveFile('q35-running.xml').replace(
      "<target chassis='1' port='0x10'/>",
      "<target chassis='1' port='0x10' hotplug='off'/>",
    );
    const error = failure(() =>
      prepareDetach(DomainXml.parse(xml), { kind: 'alias', alias: 'net0' }, true),
    );
    expect(error.code).toBe('not-hot-unpluggable');
    expect(error.message).toBe(
      'The network interface 52:54:00:6b:3c:58 sits in a slot of the pcie-root-port controller 1, which has hotplug turned off. Remove it from the saved configuration and restart the VM.',
    );
    expect(
      prepareDetach(DomainXml.parse(xml), { kind: 'alias', alias: 'net0' }, false).device.element
        .name,
    ).toBe('interface');
  });
});

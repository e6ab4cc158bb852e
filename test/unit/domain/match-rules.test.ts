import { describe, expect, it } from 'vitest';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { buildMemory } from '../../../src/domain/devices/build-platform';
import { prepareDetach } from '../../../src/domain/devices/detach';
import { findDevice } from '../../../src/domain/devices/find';
import { deviceMatchFromXml } from '../../../src/domain/devices/match-xml';
import { matchFor } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { DeviceSpec } from '../../../src/shared/devices';
import type { SpecOf } from '../../../src/shared/devices';
import type { AppError } from '../../../src/shared/errors';
import { isAppError } from '../../../src/shared/errors';
import { goldenInputs } from '../../helpers/xml-corpus';

/**
 * The matching rules per device type, from a partial device as `virsh detach-device`
 * takes one to the device in the definition, and the refusals of a detach.
 */
const EVERY_DEVICE = goldenInputs().find((g) => g.name === 'every-device')?.text ?? '';
const domain = () => DomainXml.parse(EVERY_DEVICE);

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

/** The device a partial device names, as the definition has it. */
const found = (partial: string) =>
  serializeElement(findDevice(domain(), deviceMatchFromXml(partial)).element);

describe('a partial device names the device libvirt would pick', () => {
  it.each([
    [
      "<disk><target dev='vda'/></disk>",
      "<source file='/var/lib/libvirt/images/every-device.qcow2'/>",
    ],
    [
      "<disk device='cdrom'><source file='/isos/installer.iso'/></disk>",
      "<target dev='sda' bus='sata'/>",
    ],
    ["<interface><mac address='52:54:00:11:22:33'/></interface>", "<model type='virtio'/>"],
    [
      "<interface type='network'><address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/></interface>",
      "bus='0x03'",
    ],
    [
      "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1d6b'/><product id='0x0002'/></source></hostdev>",
      "<boot order='2'/>",
    ],
    [
      "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='1'/></source></hostdev>",
      "<adapter name='scsi_host0'/>",
    ],
    [
      "<hostdev mode='subsystem' type='mdev'><source><address uuid='C2177883-F1BB-47F0-914D-32A22E3A8804'/></source></hostdev>",
      "model='vfio-pci'",
    ],
    ["<controller type='scsi' index='0'/>", "model='virtio-scsi'"],
    ["<serial type='pty'><target port='0'/></serial>", "<target type='isa-serial' port='0'/>"],
    ["<parallel><target port='0'/></parallel>", '/tmp/parallel.log'],
    ["<channel><target type='virtio' name='org.qemu.guest_agent.0'/></channel>", "mode='bind'"],
    ['<console/>', "<target type='serial' port='0'/>"],
    ["<filesystem><target dir='shared'/></filesystem>", "<source dir='/srv/shared'/>"],
    ["<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>", 'period'],
    ["<watchdog model='i6300esb'/>", "action='reset'"],
    ["<input type='tablet' bus='usb'/>", "port='1'"],
    [
      "<input type='passthrough' bus='virtio'><source evdev='/dev/input/event1'/></input>",
      'event1',
    ],
    ["<input type='evdev'><source dev='/dev/input/event2'/></input>", 'event2'],
    ["<redirdev bus='usb' type='tcp'/>", "service='4000'"],
    ["<vsock model='virtio'><cid address='3'/></vsock>", "auto='no'"],
    ["<shmem name='shmem0'/>", 'ivshmem-plain'],
    [
      "<memory model='dimm'><target><size unit='MiB'>1024</size><node>0</node></target></memory>",
      "<size unit='GiB'>1</size>",
    ],
    ["<tpm model='tpm-crb'/>", "version='2.0'"],
    ["<smartcard mode='passthrough'/>", 'spicevmc'],
    ["<sound model='ich9'/>", "<codec type='micro'/>"],
    ["<video><model type='vga'/></video>", "vram='16384'"],
    ["<graphics type='spice'/>", "keymap='en-us'"],
    ["<memballoon model='virtio'/>", 'freePageReporting'],
    ["<panic model='isa'/>", 'isa'],
    ["<hub type='usb'/>", 'hub'],
    ["<iommu model='intel'/>", 'aw_bits'],
    ["<crypto model='virtio'/>", 'builtin'],
    ["<pstore backend='acpi-erst'/>", 'pstore.img'],
    ['<redirfilter/>', "class='0x08'"],
    ["<audio id='1'/>", "type='spice'"],
    ['<lease><lockspace>somearea</lockspace><key>somekey</key></lease>', '/some/lease/path'],
  ])('%s', (partial, expected) => {
    const device = found(partial);
    expect(device).toContain(expected);
    expect(EVERY_DEVICE).toContain(device);
  });

  it('names every device of the definition by the match the device list offers', () => {
    const definition = domain();
    for (const device of definition.devices) {
      const match = matchFor(definition, device);
      // The console mirrors serial port 0; the unknown element has no identity.
      if (['console', 'teleporter'].includes(device.element.name)) continue;
      expect(match, serializeElement(device.element)).toBeDefined();
      expect(findDevice(definition, match!).element).toBe(device.element);
    }
  });
});

describe('a partial device that names several devices or none is refused', () => {
  it('lists the interfaces that match without a MAC and says how to choose', () => {
    const error = failure(() =>
      found("<interface type='network'><model type='e1000e'/></interface>"),
    );
    expect(error.code).toBe('ambiguous');
    expect(error.message).toBe(
      '2 devices match network interface with type network, model e1000e (network interface (no MAC) at PCI 0000:02:00.0, network interface (no MAC) at PCI 0000:03:00.0). Name the interface by its MAC address, its PCI address or its alias instead.',
    );
  });

  it('reports a device that is not there as not-found, with what to do', () => {
    const error = failure(() => found("<watchdog model='ib700'/>"));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      'every-device has no watchdog with model ib700. Refresh its device list: the device may already be gone.',
    );
  });

  it('asks for what identifies a device when the element gives nothing', () => {
    expect(failure(() => deviceMatchFromXml('<filesystem/>')).message).toContain(
      "<target dir='...'/>",
    );
    expect(failure(() => deviceMatchFromXml('<controller/>')).code).toBe('validation');
    expect(
      failure(() => deviceMatchFromXml("<interface><mac address='52:54'/></interface>")).message,
    ).toBe(
      'The <interface> element does not name a device: mac: a MAC address looks like 52:54:00:12:34:56. Correct it and try again.',
    );
  });

  it('prefers an alias to fields that several devices share', () => {
    expect(
      deviceMatchFromXml("<interface type='network'><alias name='ua-nic'/></interface>"),
    ).toEqual({
      kind: 'alias',
      alias: 'ua-nic',
    });
    expect(deviceMatchFromXml("<serial type='pty'><alias name='serial1'/></serial>")).toEqual({
      kind: 'alias',
      alias: 'serial1',
    });
    expect(deviceMatchFromXml("<disk><target dev='vdb'/><alias name='ua-x'/></disk>")).toEqual({
      kind: 'disk',
      target: 'vdb',
    });
  });
});

describe('detach refusals', () => {
  const refusal = (partial: string, live: boolean) =>
    failure(() => prepareDetach(domain(), deviceMatchFromXml(partial), live));

  it.each([
    ["<video><model type='virtio'/></video>", /^The primary video device drives the VM's display/],
    ["<disk><target dev='sda'/></disk>", /^A cdrom drive cannot be removed while the VM runs/],
    ["<sound model='ich9'/>", /^A sound device cannot be removed while the VM runs/],
    ["<panic model='isa'/>", /^A panic device cannot be removed while the VM runs/],
  ])('%s cannot leave a running VM', (partial, message) => {
    const error = refusal(partial, true);
    expect(error.code).toBe('not-hot-unpluggable');
    expect(error.message).toMatch(message);
    expect(() => prepareDetach(domain(), deviceMatchFromXml(partial), false)).not.toThrow();
  });

  it('refuses a 9p share and a virtio-mem module, not a virtiofs share or a DIMM', () => {
    const definition = domain();
    definition.addDevice(
      buildDevice(
        definition,
        DeviceSpec.parse({ kind: 'filesystem', driver: 'path', source: '/srv/p', tag: 'p9' }),
      ),
    );
    // The builder alone: the fixture has no NUMA cell, which buildDevice would ask for.
    const virtioMem = { kind: 'memory', model: 'virtio-mem', sizeMiB: 1024, node: 0 };
    definition.addDevice(buildMemory(DeviceSpec.parse(virtioMem) as SpecOf<'memory'>));
    const detach = (partial: string) => () =>
      prepareDetach(definition, deviceMatchFromXml(partial), true);
    expect(failure(detach("<filesystem><target dir='p9'/></filesystem>")).message).toMatch(
      /^Only virtiofs shares can be removed while the VM runs/,
    );
    expect(failure(detach("<memory model='virtio-mem'/>")).message).toMatch(
      /^A virtio-mem device cannot be unplugged/,
    );
    expect(detach("<filesystem><target dir='shared'/></filesystem>")).not.toThrow();
    expect(detach("<memory model='dimm'/>")).not.toThrow();
  });

  it('a USB tablet and a virtio-scsi disk can', () => {
    expect(() =>
      prepareDetach(domain(), deviceMatchFromXml("<input type='tablet'/>"), true),
    ).not.toThrow();
    expect(() =>
      prepareDetach(domain(), deviceMatchFromXml("<disk><target dev='vda'/></disk>"), true),
    ).not.toThrow();
  });

  it.each([
    ["<controller type='ccid' index='0'/>", 'smartcard'],
    ["<controller type='virtio-serial' index='0'/>", 'channel org.qemu.guest_agent.0'],
  ])('%s is busy while devices sit on it', (partial, user) => {
    const error = refusal(partial, false);
    expect(error.code).toBe('busy');
    expect(error.message).toContain(user);
  });

  it.each([
    ["<input type='mouse' bus='ps2'/>", /^The PS\/2 mouse is built into the machine/],
    ["<controller type='usb' index='0'/>", /^The first USB controller/],
  ])('%s cannot be removed from either definition', (partial, message) => {
    for (const live of [true, false]) {
      const error = refusal(partial, live);
      expect(error.code).toBe('not-removable');
      expect(error.message).toMatch(message);
    }
  });
});

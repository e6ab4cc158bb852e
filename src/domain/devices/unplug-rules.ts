import type { DomainXml } from '../domain-xml';
import { parseInteger } from '../model/props';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { describeDevice } from './describe';
import { DiskDevice } from './disk';
import { InputDevice, VideoDevice } from './display';
import { FilesystemDevice } from './filesystem';
import { MemoryDevice } from './memory';
import type { Device } from './registry';

/**
 * Why a device cannot leave a running VM, or undefined when it can. These mirror the QEMU
 * driver's live-detach checks so the user hears the reason before anything is sent; libvirt
 * still has the last word and its own error is passed on if it refuses.
 */
export function hotUnplugProblem(domain: DomainXml, device: Device): string | undefined {
  const name = device.element.name;
  if (device instanceof InputDevice && device.bus === 'ps2') {
    return `The PS/2 ${device.type ?? 'input'} is built into the machine and cannot be unplugged. Add a USB or virtio ${device.type ?? 'input'} beside it instead.`;
  }
  if (device instanceof VideoDevice && isPrimaryVideo(domain, device)) {
    return "The primary video device drives the VM's display and cannot be removed while the VM runs. Change its model in the saved configuration instead; the change applies at the next start.";
  }
  if (NEVER_HOT_UNPLUGGED.has(name)) {
    return `A ${name} device cannot be removed while the VM runs. Remove it from the saved configuration only; the change applies at the next start.`;
  }
  if (device instanceof DiskDevice) {
    const problem = diskProblem(device);
    if (problem) return problem;
  }
  const problem = modelProblem(device) ?? isaSerialProblem(domain, device);
  if (problem) return problem;
  if (device instanceof ControllerDevice && device.type !== 'scsi') {
    return `Only SCSI controllers can be unplugged from a running VM, and this is a ${device.type ?? 'untyped'} controller. Remove it from the saved configuration and restart the VM.`;
  }
  return slotProblem(domain, device);
}

/**
 * Device models QEMU cannot unplug although others of their type can: a virtio-mem module
 * (it shrinks instead, through its requested size) and a 9p share (only virtiofs unplugs).
 */
function modelProblem(device: Device): string | undefined {
  if (device instanceof MemoryDevice && device.model === 'virtio-mem') {
    return 'A virtio-mem device cannot be unplugged while the VM runs. Lower its requested size to give the memory back, or remove it from the saved configuration.';
  }
  if (device instanceof FilesystemDevice && device.driverType !== 'virtiofs') {
    return 'Only virtiofs shares can be removed while the VM runs. Remove this share from the saved configuration; the change applies at the next start.';
  }
  return undefined;
}

/**
 * An x86 serial port sits on the ISA bus, which has no hotplug (QEMU: "Bus 'isa.0' does
 * not support hotplugging"); USB and PCI serial ports unplug.
 */
function isaSerialProblem(domain: DomainXml, device: Device): string | undefined {
  if (!(device instanceof ChardevDevice) || device.elementName !== 'serial') return undefined;
  const arch = domain.arch ?? 'x86_64';
  const onIsa =
    device.targetType === 'isa-serial' ||
    (device.targetType === undefined && (arch === 'x86_64' || arch === 'i686'));
  return onIsa
    ? 'A serial port on the ISA bus cannot be removed while the VM runs. Remove it from the saved configuration; the change applies at the next start.'
    : undefined;
}

/**
 * A PCI slot that cannot hotplug holds its device: a slot on the PCIe root bus of a q35
 * machine (QEMU: "Bus 'pcie.0' does not support hotplugging"), or a port with hotplug
 * turned off (`<target hotplug='off'/>`).
 */
function slotProblem(domain: DomainXml, device: Device): string | undefined {
  const address = device.element.child('address');
  if (address?.getAttribute('type') !== 'pci') return undefined;
  const bus = parseInteger(address.getAttribute('bus') ?? '');
  const port = domain.devicesOf(ControllerDevice).find((c) => c.type === 'pci' && c.index === bus);
  const what = `The ${describeDevice(device)} sits`;
  const fix = 'Remove it from the saved configuration and restart the VM.';
  if (port?.model === 'pcie-root')
    return `${what} directly on the PCIe root bus, which cannot hotplug. ${fix}`;
  if (port?.hotplug === false) {
    return `${what} in a slot of the ${port.model ?? 'PCI'} controller ${port.index ?? ''}, which has hotplug turned off. ${fix}`;
  }
  return undefined;
}

/** The first video device is the primary one unless another says primary='yes'. */
function isPrimaryVideo(domain: DomainXml, video: VideoDevice): boolean {
  const videos = domain.devicesOf(VideoDevice);
  const primary = videos.find((v) => v.primary === true) ?? videos[0];
  return primary?.element === video.element;
}

/** Device elements libvirt's QEMU driver has no live detach for. */
const NEVER_HOT_UNPLUGGED = new Set([
  'graphics',
  'video',
  'sound',
  'audio',
  'memballoon',
  'tpm',
  'panic',
  'nvram',
  'hub',
  'smartcard',
  'iommu',
  'crypto',
  'pstore',
  'redirfilter',
]);

/** Buses on which QEMU can unplug a disk; IDE, SATA and floppy disks are fixed. */
const HOT_UNPLUG_DISK_BUSES = new Set(['virtio', 'scsi', 'usb']);

/**
 * A floppy drive never leaves a running VM, nor does a CD-ROM on a bus without hotplug;
 * a SCSI or USB CD-ROM does (libvirt 9 / QEMU 7.2 plugged one in and out).
 */
function diskProblem(disk: DiskDevice): string | undefined {
  const kind = disk.deviceKind;
  const bus = disk.targetBus;
  const fixedDrive =
    kind === 'floppy' || (kind === 'cdrom' && !HOT_UNPLUG_DISK_BUSES.has(bus ?? ''));
  if (fixedDrive) {
    return `A ${kind} drive cannot be removed while the VM runs. Eject its media instead, or remove the drive from the saved configuration only.`;
  }
  if (bus !== undefined && !HOT_UNPLUG_DISK_BUSES.has(bus)) {
    return `Disks on the ${bus} bus cannot be unplugged while the VM runs. Remove it from the saved configuration and restart the VM, or use a virtio or SCSI disk for hotplug.`;
  }
  return undefined;
}

/**
 * The devices that sit on a controller, found through their guest addresses. A controller
 * with devices on it is busy: removing it would orphan them (libvirt refuses a live detach
 * and, for the configuration, quietly adds the controller back).
 */
export function devicesOnController(domain: DomainXml, controller: ControllerDevice): Device[] {
  const { type, index } = controller;
  if (type === undefined || index === undefined) return [];
  return domain.devices.filter((device) => {
    if (device.element === controller.element) return false;
    const address = device.element.child('address');
    const number = (attribute: string) => parseInteger(address?.getAttribute(attribute) ?? '');
    switch (address?.getAttribute('type') ?? '') {
      case 'drive': {
        // Drive addresses name the controller by index; the disk's bus says which kind.
        const bus =
          device instanceof DiskDevice
            ? device.targetBus
            : device.element.name === 'hostdev'
              ? 'scsi'
              : undefined;
        return bus === type && number('controller') === index;
      }
      case 'usb':
        return type === 'usb' && number('bus') === index;
      case 'virtio-serial':
        return type === 'virtio-serial' && number('controller') === index;
      case 'ccid':
        return type === 'ccid' && number('controller') === index;
      case 'pci':
        return type === 'pci' && number('bus') === index;
      default:
        return false;
    }
  });
}

export function busyProblem(domain: DomainXml, device: Device): string | undefined {
  if (!(device instanceof ControllerDevice)) return undefined;
  const users = devicesOnController(domain, device);
  if (users.length === 0) return undefined;
  return `The ${describeDevice(device)} still has devices on it (${users.map(describeDevice).join(', ')}). Detach those first.`;
}

import type { DomainXml } from '../domain-xml';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { GraphicsDevice, InputDevice, VideoDevice } from './display';
import type { Device } from './registry';

/*
 * Devices that cannot be removed at all, from the running VM or the saved definition: the
 * machine's own buses, and what libvirt's QEMU driver puts back into every definition it
 * defines. Checked on libvirt 9.0 by removing each from a saved definition (i440fx and q35)
 * and reading it again: the PS/2 mouse and keyboard, the index-0 USB controller, the root
 * PCI bus and the chipset's IDE or SATA controller came back; libvirt refused outright to
 * remove the memory balloon, the audio backend and the console of the first serial port.
 */

const ADDED_BACK = 'libvirt adds it back to every definition of this kind of machine';

/** Why `device` can never be removed from `domain`, or undefined when it can. */
export function removalProblem(domain: DomainXml, device: Device): string | undefined {
  if (device instanceof ControllerDevice) return controllerProblem(domain, device);
  if (device instanceof InputDevice && device.bus === 'ps2') {
    return `The PS/2 ${device.type ?? 'input device'} is built into the machine, and ${ADDED_BACK}. It stays; a USB tablet or virtio input can be added beside it.`;
  }
  if (device instanceof ChardevDevice && device.mirrorsSerialPort) {
    return 'This console is the first serial port seen again: remove the serial port to remove both.';
  }
  if (device instanceof VideoDevice && isLastVideoWithDisplay(domain, device)) {
    return `libvirt gives every VM with a display a video device, so it would add this one back. Remove the display (graphics) first.`;
  }
  switch (device.element.name) {
    case 'memballoon':
      return `libvirt cannot remove the memory balloon, and adds a virtio one back when it is missing. Turning it off (model "none") is not offered here.`;
    case 'audio':
      return `libvirt cannot remove an audio backend from a VM; it gives every VM one.`;
    default:
      return undefined;
  }
}

function controllerProblem(domain: DomainXml, controller: ControllerDevice): string | undefined {
  const { type, index, model } = controller;
  if (type === 'pci' && (model === 'pci-root' || model === 'pcie-root')) {
    return `The ${model === 'pcie-root' ? 'PCIe' : 'PCI'} root bus is part of the machine itself, and ${ADDED_BACK}.`;
  }
  if (index !== 0 || !isPcLikeMachine(domain)) return undefined;
  if (type === 'usb') {
    return `The first USB controller is part of an x86 PC or Q35 machine, and ${ADDED_BACK}. (Turning USB off, model "none", is not offered here.)`;
  }
  const chipset = isQ35(domain) ? 'sata' : 'ide';
  if (type === chipset) {
    return `The ${type.toUpperCase()} controller is built into the ${isQ35(domain) ? 'Q35' : 'i440FX'} chipset, and ${ADDED_BACK}.`;
  }
  return undefined;
}

/** x86 PC (i440FX) and Q35 machines, the ones libvirt gives USB, PS/2 and a disk controller. */
function isPcLikeMachine(domain: DomainXml): boolean {
  const arch = domain.arch ?? 'x86_64';
  if (arch !== 'x86_64' && arch !== 'i686') return false;
  const machine = domain.machine ?? 'pc';
  return machine === 'pc' || machine.startsWith('pc-') || isQ35(domain);
}

function isQ35(domain: DomainXml): boolean {
  const machine = domain.machine ?? '';
  return machine === 'q35' || machine.startsWith('pc-q35');
}

function isLastVideoWithDisplay(domain: DomainXml, video: VideoDevice): boolean {
  const videos = domain.devicesOf(VideoDevice);
  return (
    videos.length === 1 &&
    videos[0]?.element === video.element &&
    domain.devicesOf(GraphicsDevice).length > 0
  );
}

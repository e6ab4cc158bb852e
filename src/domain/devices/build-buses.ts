import type { SpecOf } from '../../shared/devices';
import type { DomainXml } from '../domain-xml';
import { XmlElement } from '../xml/nodes';
import { ControllerDevice } from './controller';
import { RedirdevDevice, SmartcardDevice } from './usb-redirect';

/**
 * The model a new controller gets when the spec names none: virtio-scsi for SCSI (fast,
 * and the only one modern guests need no driver for), xHCI for USB, a root port for PCIe.
 */
const DEFAULT_MODEL: Partial<Record<SpecOf<'controller'>['type'], string>> = {
  scsi: 'virtio-scsi',
  usb: 'qemu-xhci',
  pci: 'pcie-root-port',
};

/** A controller on the first index its type has free in `domain`, unless the spec names one. */
export function buildController(domain: DomainXml, spec: SpecOf<'controller'>): XmlElement {
  const controller = new ControllerDevice(new XmlElement('controller'));
  controller.type = spec.type;
  const taken = new Set(
    domain
      .devicesOf(ControllerDevice)
      .filter((c) => c.type === spec.type)
      .flatMap((c) => c.index ?? []),
  );
  let index = spec.index ?? 0;
  while (spec.index === undefined && taken.has(index)) index++;
  controller.index = index;
  controller.model = spec.model ?? DEFAULT_MODEL[spec.type];
  controller.alias = spec.alias;
  return controller.element;
}

export function buildRedirdev(spec: SpecOf<'redirdev'>): XmlElement {
  const redirdev = new RedirdevDevice(new XmlElement('redirdev'));
  redirdev.bus = 'usb';
  redirdev.type = spec.source.type;
  if (spec.source.type === 'tcp') {
    redirdev.sourceMode = 'connect';
    redirdev.sourceHost = spec.source.host;
    redirdev.sourceService = String(spec.source.port);
  }
  redirdev.bootOrder = spec.bootOrder;
  redirdev.alias = spec.alias;
  return redirdev.element;
}

/** The host's reader, or (passthrough) the SPICE client's card over a spicevmc channel. */
export function buildSmartcard(spec: SpecOf<'smartcard'>): XmlElement {
  const smartcard = new SmartcardDevice(new XmlElement('smartcard'));
  smartcard.mode = spec.mode;
  if (spec.mode === 'passthrough') smartcard.type = 'spicevmc';
  smartcard.alias = spec.alias;
  return smartcard.element;
}

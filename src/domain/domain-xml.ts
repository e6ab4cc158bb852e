import { kibibytes, int, str } from './model/props';
import { defineView } from './model/view';
import { deviceView } from './devices/registry';
import type { Device } from './devices/registry';
import { ensureChild, insertInOrder, pruneEmpty } from './xml/edit';
import type { XmlDocument, XmlElement } from './xml/nodes';
import { parseDocumentOf } from './xml/parse';
import { serializeDocument } from './xml/serialize';

const OSINFO_NAMESPACE = 'http://libosinfo.org/xmlns/libvirt/domain/1.0';

/**
 * A libvirt domain definition: typed properties over the lossless tree. Whatever the model
 * does not know (new libvirt elements, other apps' metadata, qemu:commandline) stays in
 * the tree untouched and is written back by `toXml()`.
 */
export class DomainXml extends defineView({
  /** The hypervisor type: kvm, qemu, test, lxc, xen, ... */
  type: str('@type'),
  name: str('name'),
  uuid: str('uuid'),
  title: str('title'),
  description: str('description'),
  memoryKiB: kibibytes('memory'),
  currentMemoryKiB: kibibytes('currentMemory'),
  vcpus: int('vcpu'),
  osType: str('os/type'),
  arch: str('os/type/@arch'),
  machine: str('os/type/@machine'),
  firmware: str('os/@firmware'),
  kernel: str('os/kernel'),
  initrd: str('os/initrd'),
  cmdline: str('os/cmdline'),
  onPoweroff: str('on_poweroff'),
  onReboot: str('on_reboot'),
  onCrash: str('on_crash'),
  emulator: str('devices/emulator'),
}) {
  constructor(readonly document: XmlDocument) {
    super(document.root);
  }

  /** Parses a domain definition; anything that is not one is a validation error. */
  static parse(xml: string): DomainXml {
    return new DomainXml(parseDocumentOf(xml, 'domain'));
  }

  toXml(): string {
    return serializeDocument(this.document);
  }

  /** Every device, in document order (<emulator> is a setting, not a device). */
  get devices(): Device[] {
    const elements = this.element.child('devices')?.elements ?? [];
    return elements.filter((e) => e.name !== 'emulator').map(deviceView);
  }

  /** The devices of one view class, e.g. `domain.devicesOf(DiskDevice)`. */
  devicesOf<D extends Device>(View: abstract new (element: XmlElement) => D): D[] {
    return this.devices.filter((d): d is D => d instanceof View);
  }

  /** Adds a device element (from a builder) at its place among the devices. */
  addDevice(element: XmlElement): Device {
    insertInOrder(ensureChild(this.element, 'devices'), element);
    return deviceView(element);
  }

  removeDevice(device: Device): void {
    device.element.parent?.remove(device.element);
  }

  /** The libosinfo id that virt-install and virt-manager record, e.g. ".../fedora/39". */
  get osinfoId(): string | undefined {
    return this.osinfoElement()
      ?.elements.find((e) => e.localName === 'os')
      ?.getAttribute('id');
  }

  /** Records the OS in libosinfo's metadata element, as virt-install does. */
  set osinfoId(id: string | undefined) {
    const existing = this.osinfoElement();
    if (existing) existing.parent?.remove(existing);
    if (id === undefined) {
      const metadata = this.element.child('metadata');
      if (metadata) pruneEmpty(metadata, this.element);
      return;
    }
    const osinfo = ensureChild(ensureChild(this.element, 'metadata'), 'libosinfo:libosinfo');
    osinfo.setAttribute('xmlns:libosinfo', OSINFO_NAMESPACE);
    ensureChild(osinfo, 'libosinfo:os').setAttribute('id', id);
  }

  private osinfoElement(): XmlElement | undefined {
    const metadata = this.element.child('metadata');
    return metadata?.elements.find((e) => e.namespaceUri === OSINFO_NAMESPACE);
  }
}

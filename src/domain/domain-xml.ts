import { kibibytes, int, str } from './model/props';
import { defineView } from './model/view';
import { deviceView } from './devices/registry';
import { clockProps, cpuProps, featureProps, osProps, resourceProps } from './domain-settings';
import type { Device } from './devices/registry';
import { ensureChild, insertInOrder, pruneEmpty } from './xml/edit';
import { XmlElement } from './xml/nodes';
import type { XmlDocument } from './xml/nodes';
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
  ...resourceProps,
  ...cpuProps,
  ...osProps,
  ...featureProps,
  ...clockProps,
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

  /** The legacy boot order, `<os><boot dev='hd'/>...`: hd, cdrom, network, fd. */
  get bootDevices(): string[] {
    const os = this.element.child('os');
    return (os?.childrenNamed('boot') ?? []).flatMap((b) => b.getAttribute('dev') ?? []);
  }

  set bootDevices(devices: readonly string[]) {
    const os = ensureChild(this.element, 'os');
    for (const boot of os.childrenNamed('boot')) os.remove(boot);
    for (const dev of devices) {
      const boot = new XmlElement('boot');
      boot.setAttribute('dev', dev);
      insertInOrder(os, boot);
    }
  }

  /** The clock's timers (rtc, pit, hpet, kvmclock, hypervclock, tsc, ...) and their settings. */
  get timers(): ClockTimer[] {
    return (this.element.child('clock')?.childrenNamed('timer') ?? []).map((timer) => ({
      name: timer.getAttribute('name') ?? '',
      ...presentOf(timer.getAttribute('present')),
      ...(timer.getAttribute('tickpolicy') === undefined
        ? {}
        : { tickpolicy: timer.getAttribute('tickpolicy') ?? '' }),
    }));
  }

  /** Adds or changes one timer; `undefined` removes it. Other timers stay as they are. */
  setTimer(name: string, settings: Omit<ClockTimer, 'name'> | undefined): void {
    const clock = this.element.child('clock');
    const existing = clock?.childrenNamed('timer').find((t) => t.getAttribute('name') === name);
    if (settings === undefined) {
      if (clock && existing) {
        clock.remove(existing);
        pruneEmpty(clock, this.element);
      }
      return;
    }
    const timer = existing ?? new XmlElement('timer');
    timer.setAttribute('name', name);
    if (settings.tickpolicy === undefined) timer.removeAttribute('tickpolicy');
    else timer.setAttribute('tickpolicy', settings.tickpolicy);
    if (settings.present === undefined) timer.removeAttribute('present');
    else timer.setAttribute('present', settings.present ? 'yes' : 'no');
    if (!existing) insertInOrder(ensureChild(this.element, 'clock'), timer);
  }

  /**
   * The metadata element of one namespace, as virDomainGetMetadata reads it: libvirt
   * keeps at most one element per namespace under <metadata>.
   */
  metadataOf(namespaceUri: string): XmlElement | undefined {
    const metadata = this.element.child('metadata');
    return metadata?.elements.find((e) => e.namespaceUri === namespaceUri);
  }

  /**
   * Replaces the metadata of one namespace (virDomainSetMetadata), leaving every other
   * application's metadata alone; `undefined` removes it. The element must declare its
   * namespace (`xmlns:prefix='uri'`).
   */
  setMetadataOf(namespaceUri: string, element: XmlElement | undefined): void {
    const existing = this.metadataOf(namespaceUri);
    const metadata = existing?.parent;
    if (existing && metadata) {
      metadata.remove(existing);
      pruneEmpty(metadata, this.element);
    }
    if (element) insertInOrder(ensureChild(this.element, 'metadata'), element);
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
    return this.metadataOf(OSINFO_NAMESPACE);
  }
}

/** One <timer> of the clock. */
export interface ClockTimer {
  name: string;
  present?: boolean;
  /** delay, catchup, merge, discard */
  tickpolicy?: string;
}

function presentOf(text: string | undefined): { present?: boolean } {
  return text === 'yes' ? { present: true } : text === 'no' ? { present: false } : {};
}

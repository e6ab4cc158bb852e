import type { NewVmSpec } from '../shared/vm-spec';
import { buildDisk, buildNic } from './devices/build';
import { buildDevice } from './devices/build-device';
import { ChardevDevice } from './devices/chardev';
import { GraphicsDevice, InputDevice, VideoDevice } from './devices/display';
import { DomainXml } from './domain-xml';
import { enableSharedMemory } from './memory-backing';
import { ensureChild, insertInOrder } from './xml/edit';
import { XmlDocument, XmlElement } from './xml/nodes';

const GUEST_AGENT_CHANNEL = 'org.qemu.guest_agent.0';

/**
 * The definition of a new VM, with the devices a modern guest expects. libvirt fills in
 * the rest at define time (UUID, MACs, PCI addresses, controllers, the emulator), so the
 * XML stays short and every choice in it is one the spec made.
 */
export function buildNewDomain(spec: NewVmSpec): DomainXml {
  const root = new XmlElement('domain');
  root.setAttribute('type', spec.hypervisor);
  const domain = new DomainXml(new XmlDocument([root], root));
  domain.name = spec.name;
  domain.title = spec.title;
  domain.osinfoId = spec.osinfoId;
  domain.memoryKiB = spec.memoryMiB * 1024;
  domain.currentMemoryKiB = spec.memoryMiB * 1024;
  domain.vcpus = spec.vcpus;
  writeOs(domain, spec);
  if (isQemu(spec)) writePlatform(domain, spec);
  domain.onPoweroff = 'destroy';
  domain.onReboot = 'restart';
  domain.onCrash = 'destroy';

  // Disks are added one by one so each gets the next free target name.
  for (const disk of spec.disks) domain.addDevice(buildDisk(domain, disk));
  for (const nic of spec.nics) domain.addDevice(buildNic(nic));
  if (spec.serialConsole) addSerialConsole(domain);
  if (spec.guestAgent && isQemu(spec)) addGuestAgentChannel(domain);
  if (spec.graphics !== 'none') addDisplay(domain, spec.graphics);
  if (isQemu(spec)) addVirtioExtras(domain);
  for (const device of spec.otherDevices) domain.addDevice(buildDevice(domain, device));
  // virtiofs reads the guest's memory directly, so that memory must be shared.
  if (spec.otherDevices.some((d) => d.kind === 'filesystem' && d.driver === 'virtiofs')) {
    enableSharedMemory(domain);
  }
  return domain;
}

function isQemu(spec: NewVmSpec): boolean {
  return spec.hypervisor === 'kvm' || spec.hypervisor === 'qemu';
}

function writeOs(domain: DomainXml, spec: NewVmSpec): void {
  domain.osType = 'hvm';
  domain.arch = spec.arch;
  domain.machine = spec.machine;
  if (spec.firmware !== 'bios') domain.firmware = 'efi';
  if (spec.firmware === 'efi-secure') requireSecureBoot(domain);
  const { boot } = spec;
  if (boot.from === 'kernel') {
    domain.kernel = boot.kernel;
    domain.initrd = boot.initrd;
    domain.cmdline = boot.cmdline;
    return;
  }
  const os = ensureChild(domain.element, 'os');
  // An installer boots from the disk first: empty, it falls through to the CD-ROM; once the
  // system is installed, the disk boots and the installer does not run again.
  const order = { disk: ['hd'], cdrom: ['hd', 'cdrom'], network: ['network'] }[boot.from];
  for (const dev of order) {
    const element = new XmlElement('boot');
    element.setAttribute('dev', dev);
    insertInOrder(os, element);
  }
}

/**
 * Firmware with Secure Boot and the usual keys enrolled, which libvirt then picks from the
 * host's firmware descriptors; Secure Boot needs the CPU's system management mode.
 */
function requireSecureBoot(domain: DomainXml): void {
  const firmware = ensureChild(ensureChild(domain.element, 'os'), 'firmware');
  for (const name of ['secure-boot', 'enrolled-keys']) {
    const feature = new XmlElement('feature');
    feature.setAttribute('enabled', 'yes');
    feature.setAttribute('name', name);
    firmware.append(feature);
  }
  const smm = ensureChild(ensureChild(domain.element, 'features'), 'smm');
  smm.setAttribute('state', 'on');
}

/** ACPI and the APIC (x86), the host CPU under KVM, a UTC clock. */
function writePlatform(domain: DomainXml, spec: NewVmSpec): void {
  const features = ensureChild(domain.element, 'features');
  ensureChild(features, 'acpi');
  if (spec.arch === 'x86_64' || spec.arch === 'i686') ensureChild(features, 'apic');
  // Emulated guests keep QEMU's default CPU model: host-passthrough needs KVM.
  if (spec.hypervisor === 'kvm')
    ensureChild(domain.element, 'cpu').setAttribute('mode', 'host-passthrough');
  ensureChild(domain.element, 'clock').setAttribute('offset', 'utc');
}

function addSerialConsole(domain: DomainXml): void {
  const serial = new ChardevDevice(new XmlElement('serial'));
  serial.type = 'pty';
  serial.targetPort = 0;
  domain.addDevice(serial.element);
  // The console on serial port 0 is what `virsh console` and the app's console open.
  const serialConsole = new ChardevDevice(new XmlElement('console'));
  serialConsole.type = 'pty';
  serialConsole.targetType = 'serial';
  serialConsole.targetPort = 0;
  domain.addDevice(serialConsole.element);
}

function addGuestAgentChannel(domain: DomainXml): void {
  const channel = new ChardevDevice(new XmlElement('channel'));
  channel.type = 'unix';
  channel.sourceMode = 'bind';
  channel.targetType = 'virtio';
  channel.targetName = GUEST_AGENT_CHANNEL;
  domain.addDevice(channel.element);
}

/** A display reachable only from the host itself; remote viewing goes through the app's tunnel. */
function addDisplay(domain: DomainXml, type: 'vnc' | 'spice'): void {
  const tablet = new InputDevice(new XmlElement('input'));
  tablet.type = 'tablet';
  tablet.bus = 'usb';
  domain.addDevice(tablet.element);
  const graphics = new GraphicsDevice(new XmlElement('graphics'));
  graphics.type = type;
  graphics.autoport = true;
  graphics.listenType = 'address';
  graphics.listenAddress = '127.0.0.1';
  domain.addDevice(graphics.element);
  const video = new VideoDevice(new XmlElement('video'));
  video.model = 'virtio';
  domain.addDevice(video.element);
}

/** The balloon (memory stats) and an entropy source, as virt-install adds them. */
function addVirtioExtras(domain: DomainXml): void {
  const balloon = new XmlElement('memballoon');
  balloon.setAttribute('model', 'virtio');
  domain.addDevice(balloon);
  const rng = new XmlElement('rng');
  rng.setAttribute('model', 'virtio');
  const backend = ensureChild(rng, 'backend');
  backend.setAttribute('model', 'random');
  backend.text = '/dev/urandom';
  domain.addDevice(rng);
}

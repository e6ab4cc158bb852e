import type { XmlElement } from './xml/nodes';
import { parseDocumentOf } from './xml/parse';

/**
 * Read-only views of what a host can run: virConnectGetCapabilities (which guests, on
 * which emulators and machine types, with which hypervisors) and
 * virConnectGetDomainCapabilities (what one emulator + machine + hypervisor supports).
 * The new-VM wizard picks its choices and defaults from these.
 */

export interface GuestCapability {
  /** hvm for full virtualization, exe for containers, xen/linux for Xen PV. */
  osType: string;
  arch: string;
  emulator: string | undefined;
  /** Machine type names; aliases such as "q35" are listed with their canonical name. */
  machines: { name: string; canonical: string | undefined }[];
  /** Domain types usable for this guest: qemu (emulation), kvm (hardware), lxc, test, ... */
  domainTypes: string[];
}

export interface HostCapabilities {
  hostArch: string | undefined;
  /** The host CPU's features beyond its model, e.g. vmx, svm, hypervisor. */
  hostCpuFeatures: string[];
  guests: GuestCapability[];
}

export function parseHostCapabilities(xml: string): HostCapabilities {
  const root = parseDocumentOf(xml, 'capabilities').root;
  const hostCpu = root.child('host')?.child('cpu');
  const hostArch = hostCpu?.child('arch')?.text.trim();
  const hostCpuFeatures = (hostCpu?.childrenNamed('feature') ?? []).flatMap(
    (f) => f.getAttribute('name') ?? [],
  );
  const guests = root.childrenNamed('guest').flatMap((guest): GuestCapability[] => {
    const arch = guest.child('arch');
    const name = arch?.getAttribute('name');
    if (!arch || name === undefined) return [];
    // Machines may be listed per domain type too; the arch-level list is the common one.
    const machines = [arch, ...arch.childrenNamed('domain')]
      .flatMap((e) => e.childrenNamed('machine'))
      .map((m) => ({ name: m.text.trim(), canonical: m.getAttribute('canonical') }));
    const unique = machines.filter((m, i) => machines.findIndex((o) => o.name === m.name) === i);
    return [
      {
        osType: guest.child('os_type')?.text.trim() ?? 'hvm',
        arch: name,
        emulator: arch.child('emulator')?.text.trim(),
        machines: unique,
        domainTypes: arch.childrenNamed('domain').flatMap((d) => d.getAttribute('type') ?? []),
      },
    ];
  });
  return { hostArch, hostCpuFeatures, guests };
}

/**
 * The hypervisor and machine type a new guest of `arch` should get on this host: KVM when
 * the host offers it (emulation is many times slower), and q35 for x86 where it exists.
 * Undefined when the host cannot run full-virtualization guests of that arch.
 */
export function defaultGuestChoice(
  caps: HostCapabilities,
  arch: string,
): { hypervisor: string; machine: string | undefined } | undefined {
  const guest = caps.guests.find((g) => g.osType === 'hvm' && g.arch === arch);
  if (!guest) return undefined;
  const kvm = guest.domainTypes.includes('kvm') && !kvmWithoutHardware(caps, arch);
  const others = guest.domainTypes.filter((type) => type !== 'kvm');
  const hypervisor = kvm ? 'kvm' : (others[0] ?? 'qemu');
  const names = guest.machines.map((m) => m.name);
  const machine = names.includes('q35') ? 'q35' : names.includes('virt') ? 'virt' : undefined;
  return { hypervisor, machine };
}

/**
 * An x86 host that is itself a VM (its CPU has the "hypervisor" flag) without nested
 * virtualization (no vmx or svm) may still have a /dev/kvm, and libvirt then lists KVM;
 * but guests on it fail at start (QEMU cannot set the CPU's MSRs), so such a host
 * emulates. On bare metal the capabilities are taken as they are.
 */
function kvmWithoutHardware(caps: HostCapabilities, arch: string): boolean {
  if (arch !== 'x86_64' && arch !== 'i686') return false;
  const features = new Set(caps.hostCpuFeatures);
  return features.has('hypervisor') && !features.has('vmx') && !features.has('svm');
}

export interface DomainCapabilities {
  domainType: string | undefined;
  machine: string | undefined;
  arch: string | undefined;
  maxVcpus: number | undefined;
  /**
   * The values libvirt lists for an `<enum>` under a path, e.g. ("devices/disk", "bus") or
   * ("os", "firmware"); an empty list when the feature is unsupported or unknown.
   */
  values(path: string, enumName: string): string[];
  /** Whether the element at `path` says supported='yes'. */
  supports(path: string): boolean;
  /**
   * What the host says of a feature: 'yes' or 'no' from its supported attribute, or
   * undefined when the capabilities do not mention it (an older libvirt, another driver).
   */
  supportOf(path: string): 'yes' | 'no' | undefined;
  /**
   * The values of an `<enum>` under a path, or undefined when the host lists no such enum
   * (it cannot tell, which is not the same as offering nothing).
   */
  listed(path: string, enumName: string): string[] | undefined;
}

export function parseDomainCapabilities(xml: string): DomainCapabilities {
  const root = parseDocumentOf(xml, 'domainCapabilities').root;
  const at = (path: string): XmlElement | undefined => {
    let e: XmlElement | undefined = root;
    for (const name of path.split('/')) e = e?.child(name);
    return e;
  };
  const maxVcpus = Number(root.child('vcpu')?.getAttribute('max'));
  return {
    domainType: root.child('domain')?.text.trim(),
    machine: root.child('machine')?.text.trim(),
    arch: root.child('arch')?.text.trim(),
    maxVcpus: Number.isInteger(maxVcpus) ? maxVcpus : undefined,
    values(path, enumName) {
      const element = at(path);
      if (element?.getAttribute('supported') === 'no') return [];
      return listedValues(element, enumName) ?? [];
    },
    supports: (path) => at(path)?.getAttribute('supported') === 'yes',
    supportOf(path) {
      const supported = at(path)?.getAttribute('supported');
      return supported === 'yes' || supported === 'no' ? supported : undefined;
    },
    listed: (path, enumName) => listedValues(at(path), enumName),
  };
}

function listedValues(element: XmlElement | undefined, enumName: string): string[] | undefined {
  const list = element?.childrenNamed('enum').find((e) => e.getAttribute('name') === enumName);
  return list?.childrenNamed('value').map((v) => v.text.trim());
}

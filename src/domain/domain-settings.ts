import { flag, int, kibibytes, onOff, str, yesNo } from './model/props';

/**
 * The domain's settings outside <devices>, as property tables that `DomainXml` spreads
 * into its view: one table per part of the definition, so each stays readable.
 */

/** <maxMemory> (the hotplug ceiling), <vcpu>'s attributes and how memory is backed. */
export const resourceProps = {
  maxMemoryKiB: kibibytes('maxMemory'),
  /** Memory slots for hotplugged DIMMs. */
  maxMemorySlots: int('maxMemory/@slots'),
  /** static or auto (numad) */
  vcpuPlacement: str('vcpu/@placement'),
  /** vCPUs online at boot, when fewer than the maximum. */
  vcpusCurrent: int('vcpu/@current'),
  /** file, anonymous or memfd; virtiofs shares need memfd (or file) with shared access. */
  memoryBackingSource: str('memoryBacking/source/@type'),
  /** shared or private */
  memoryBackingAccess: str('memoryBacking/access/@mode'),
};

/** <cpu>: mode, model and topology. */
export const cpuProps = {
  /** host-passthrough, host-model, custom, maximum */
  cpuMode: str('cpu/@mode'),
  cpuMatch: str('cpu/@match'),
  cpuCheck: str('cpu/@check'),
  cpuModel: str('cpu/model'),
  /** allow or forbid: may libvirt fall back to a model close to the one named? */
  cpuModelFallback: str('cpu/model/@fallback'),
  cpuVendor: str('cpu/vendor'),
  cpuSockets: int('cpu/topology/@sockets'),
  cpuDies: int('cpu/topology/@dies'),
  cpuCores: int('cpu/topology/@cores'),
  cpuThreads: int('cpu/topology/@threads'),
};

/** <os> beyond type and kernel boot: firmware files and the boot menu. */
export const osProps = {
  loader: str('os/loader'),
  loaderReadonly: yesNo('os/loader/@readonly'),
  loaderSecure: yesNo('os/loader/@secure'),
  /** rom or pflash */
  loaderType: str('os/loader/@type'),
  nvram: str('os/nvram'),
  nvramTemplate: str('os/nvram/@template'),
  bootMenu: yesNo('os/bootmenu/@enable'),
  bootMenuTimeoutMs: int('os/bootmenu/@timeout'),
  /** A container's init program. */
  init: str('os/init'),
};

/** <features>: the hypervisor features the guest sees. */
export const featureProps = {
  acpi: flag('features/acpi'),
  apic: flag('features/apic'),
  pae: flag('features/pae'),
  hypervRelaxed: onOff('features/hyperv/relaxed/@state'),
  hypervVapic: onOff('features/hyperv/vapic/@state'),
  hypervSpinlocks: onOff('features/hyperv/spinlocks/@state'),
  hypervSpinlockRetries: int('features/hyperv/spinlocks/@retries'),
  /** Hides KVM from the guest's CPUID (some drivers refuse to run under a hypervisor). */
  kvmHidden: onOff('features/kvm/hidden/@state'),
  vmport: onOff('features/vmport/@state'),
  /** System management mode, which secure boot needs. */
  smm: onOff('features/smm/@state'),
  /** qemu or kvm */
  ioapicDriver: str('features/ioapic/@driver'),
};

/** <clock> and <pm>; the timers are read and set through `DomainXml.timers`. */
export const clockProps = {
  /** utc, localtime, timezone or variable */
  clockOffset: str('clock/@offset'),
  suspendToMem: yesNo('pm/suspend-to-mem/@enabled'),
  suspendToDisk: yesNo('pm/suspend-to-disk/@enabled'),
};

import {
  defaultGuestChoice,
  parseDomainCapabilities,
  parseHostCapabilities,
} from '../../domain/capabilities';
import type { DomainCapabilities, HostCapabilities } from '../../domain/capabilities';
import { hostSupportOf } from '../../domain/host-support';
import type { Driver, HostResources } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import { unavailableReason } from '../../shared/host-support';
import type { HostSupport } from '../../shared/host-support';
import type { NewVmOptions } from '../../shared/vm-create';
import { Firmware } from '../../shared/vm-spec';

/** What creating a VM on a host has to respect, read fresh for every check. */
export interface HostFacts {
  domainType: string;
  arch: string;
  machine: string | undefined;
  firmware: Firmware[];
  /** What the host cannot do for the new VM's hypervisor and machine type, with why. */
  support: HostSupport;
  maxVcpus: number;
  maxMemoryMiB: number;
  resources: HostResources;
  vmNames: Set<string>;
}

/**
 * Reads the host: its capabilities decide the domain type (kvm where the host offers it,
 * emulation otherwise, whatever a test driver names), its domain capabilities the firmware
 * and vCPU limit (hosts without them, like the test driver, offer BIOS and their CPUs).
 */
export async function readHostFacts(driver: Driver): Promise<HostFacts> {
  const [capsXml, info, resources, domains] = await Promise.all([
    driver.getCapabilities(),
    driver.getHostInfo(),
    driver.listHostResources(),
    driver.listDomains(),
  ]);
  const caps = parseHostCapabilities(capsXml);
  const arch = guestArch(caps);
  const choice = arch === undefined ? undefined : defaultGuestChoice(caps, arch);
  if (arch === undefined || choice === undefined) {
    throw new AppError({
      code: 'unsupported',
      message:
        'This host cannot run full-virtualization guests (its capabilities list none). Install QEMU on the host, or create the VM on another host.',
    });
  }
  const domainCaps = await readDomainCaps(driver, choice.hypervisor, arch, choice.machine);
  // Hosts without domain capabilities (the test driver) cannot tell: BIOS only.
  const support = domainCaps ? hostSupportOf(domainCaps) : NO_UEFI;
  const firmware = Firmware.options.filter(
    (choice) => unavailableReason(support, 'firmware', choice) === undefined,
  );
  return {
    domainType: choice.hypervisor,
    arch,
    machine: choice.machine,
    firmware,
    support,
    maxVcpus: domainCaps?.maxVcpus ?? info.cpus,
    maxMemoryMiB: Math.floor(info.memoryKiB / 1024),
    resources,
    vmNames: new Set(domains.map((domain) => domain.name)),
  };
}

const NO_UEFI: HostSupport = {
  unavailable: (['efi', 'efi-secure'] as const).map((value) => ({
    choice: 'firmware',
    value,
    reason:
      'This host offers no UEFI firmware for new VMs: its driver lists no domain capabilities to say which firmware it has.',
  })),
};

export function newVmOptions(facts: HostFacts): NewVmOptions {
  return {
    domainType: facts.domainType,
    arch: facts.arch,
    firmware: facts.firmware,
    unavailable: facts.support.unavailable,
    maxVcpus: facts.maxVcpus,
    maxMemoryMiB: facts.maxMemoryMiB,
    networks: facts.resources.networks,
    pools: facts.resources.pools,
  };
}

/** x86_64 where the host runs it, else the host's own arch, else its first full-virt guest. */
function guestArch(caps: HostCapabilities): string | undefined {
  const arches = caps.guests.filter((g) => g.osType === 'hvm').map((g) => g.arch);
  if (arches.includes('x86_64')) return 'x86_64';
  if (caps.hostArch !== undefined && arches.includes(caps.hostArch)) return caps.hostArch;
  return arches[0];
}

async function readDomainCaps(
  driver: Driver,
  virttype: string,
  arch: string,
  machine: string | undefined,
): Promise<DomainCapabilities | undefined> {
  try {
    const xml = await driver.getDomainCapabilities({
      virttype,
      arch,
      ...(machine === undefined ? {} : { machine }),
    });
    return parseDomainCapabilities(xml);
  } catch {
    // Drivers without domain capabilities (the test driver): host CPUs as the limit.
    return undefined;
  }
}

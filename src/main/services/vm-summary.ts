import { DomainXml } from '../../domain/domain-xml';
import { DiskDevice } from '../../domain/devices/disk';
import { InterfaceDevice } from '../../domain/devices/interface';
import type { DiskSummary, NicSummary } from '../../shared/dto';
import { osLabelFromId } from '../../shared/os-label';

/** What the list and the overview need from a domain's XML. */
export interface DomainFacts {
  name: string;
  uuid: string;
  title?: string;
  description?: string;
  osLabel: string;
  vcpus: number;
  memoryKiB: number;
  arch?: string;
  machine?: string;
  disks: DiskSummary[];
  nics: NicSummary[];
}

/** Drops undefined values, so optional DTO fields are absent rather than undefined. */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

function diskFacts(disk: DiskDevice): DiskSummary {
  return {
    target: disk.targetDev ?? '',
    device: disk.deviceKind,
    readonly: disk.readonly === true,
    ...defined({ bus: disk.targetBus, source: disk.source, format: disk.format }),
  };
}

function nicFacts(nic: InterfaceDevice): NicSummary {
  return {
    type: nic.type ?? 'unknown',
    ...defined({ mac: nic.mac, source: nic.source, model: nic.model }),
  };
}

function osLabel(domain: DomainXml): string {
  const osinfoId = domain.osinfoId;
  if (osinfoId) return osLabelFromId(osinfoId);
  if (domain.kernel !== undefined) return 'Linux (direct kernel boot)';
  return 'Unknown OS';
}

/** Reads the facts through the domain model: the one representation of libvirt's XML. */
export function readDomainFacts(xml: string): DomainFacts {
  const domain = DomainXml.parse(xml);
  return {
    name: domain.name ?? '',
    uuid: (domain.uuid ?? '').toLowerCase(),
    osLabel: osLabel(domain),
    vcpus: domain.vcpus ?? 1,
    memoryKiB: domain.currentMemoryKiB ?? domain.memoryKiB ?? 0,
    disks: domain.devicesOf(DiskDevice).map(diskFacts),
    nics: domain.devicesOf(InterfaceDevice).map(nicFacts),
    ...defined({
      title: domain.title,
      description: domain.description,
      arch: domain.arch,
      machine: domain.machine,
    }),
  };
}

import { XMLParser } from 'fast-xml-parser';
import type { DiskSummary, NicSummary } from '../../shared/dto';
import { osLabelFromId } from './os-label';

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

// A read-only, lossy parse is right here: these facts are displayed, never written back.
// Editing goes through the lossless model in src/domain.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: false,
  isArray: (name) => ['disk', 'interface'].includes(name),
});

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node | undefined =>
  value !== null && typeof value === 'object' ? (value as Node) : undefined;

/** Text of an element that may carry attributes (then the text is under '#text'). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const node = asNode(value);
  const inner = node?.['#text'];
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : undefined;
}

function attr(value: unknown, name: string): string | undefined {
  const found = asNode(value)?.[`@${name}`];
  return typeof found === 'string' ? found : undefined;
}

const UNIT_TO_KIB: Record<string, number> = {
  b: 1 / 1024,
  bytes: 1 / 1024,
  k: 1,
  kib: 1,
  kb: 1000 / 1024,
  m: 1024,
  mib: 1024,
  mb: 1e6 / 1024,
  g: 1024 ** 2,
  gib: 1024 ** 2,
  gb: 1e9 / 1024,
  t: 1024 ** 3,
  tib: 1024 ** 3,
  tb: 1e12 / 1024,
};

/** libvirt sizes default to KiB; `unit` may say otherwise. */
export function sizeToKiB(value: unknown): number {
  const amount = Number(text(value) ?? 0);
  const unit = (attr(value, 'unit') ?? 'KiB').toLowerCase();
  return Math.round(amount * (UNIT_TO_KIB[unit] ?? 1));
}

function diskFacts(disk: Node): DiskSummary {
  const source = asNode(disk['source']);
  const sourceText =
    attr(source, 'file') ??
    attr(source, 'dev') ??
    (attr(source, 'pool') && `${attr(source, 'pool')}/${attr(source, 'volume')}`) ??
    attr(source, 'name') ??
    undefined;
  const bus = attr(disk['target'], 'bus');
  const format = attr(disk['driver'], 'type');
  return {
    target: attr(disk['target'], 'dev') ?? '',
    device: attr(disk, 'device') ?? 'disk',
    ...(bus ? { bus } : {}),
    ...(sourceText ? { source: sourceText } : {}),
    ...(format ? { format } : {}),
    readonly: disk['readonly'] !== undefined,
  };
}

function nicFacts(nic: Node): NicSummary {
  const source = asNode(nic['source']);
  const sourceText = attr(source, 'network') ?? attr(source, 'bridge') ?? attr(source, 'dev');
  const mac = attr(nic['mac'], 'address');
  const model = attr(nic['model'], 'type');
  return {
    type: attr(nic, 'type') ?? 'unknown',
    ...(mac ? { mac } : {}),
    ...(sourceText ? { source: sourceText } : {}),
    ...(model ? { model } : {}),
  };
}

function osLabel(domain: Node): string {
  const metadata = asNode(domain['metadata']);
  const osinfo = asNode(metadata?.['libosinfo:libosinfo']);
  const osId = attr(osinfo?.['libosinfo:os'], 'id');
  if (osId) return osLabelFromId(osId);
  const os = asNode(domain['os']);
  if (os?.['kernel'] !== undefined) return 'Linux (direct kernel boot)';
  return 'Unknown OS';
}

export function readDomainFacts(xml: string): DomainFacts {
  const domain = asNode(asNode(parser.parse(xml))?.['domain']);
  if (!domain) throw new Error('The host returned XML without a <domain> element.');
  const devices = asNode(domain['devices']) ?? {};
  const os = asNode(domain['os']);
  const title = text(domain['title']);
  const description = text(domain['description']);
  const arch = attr(os?.['type'], 'arch');
  const machine = attr(os?.['type'], 'machine');
  return {
    name: text(domain['name']) ?? '',
    uuid: (text(domain['uuid']) ?? '').toLowerCase(),
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    osLabel: osLabel(domain),
    vcpus: Number(text(domain['vcpu']) ?? 1),
    memoryKiB: sizeToKiB(domain['currentMemory'] ?? domain['memory']),
    ...(arch ? { arch } : {}),
    ...(machine ? { machine } : {}),
    disks: ((devices['disk'] as Node[] | undefined) ?? []).map(diskFacts),
    nics: ((devices['interface'] as Node[] | undefined) ?? []).map(nicFacts),
  };
}

import { DeviceMatch } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { XmlElement } from '../xml/nodes';
import { parseXml } from '../xml/parse';
import { DEVICE_VIEWS, aliasOf, deviceView } from './registry';
import { identityMatch } from './summary';

/**
 * The match a partial device element stands for, as `virsh detach-device` takes one:
 * `<disk><target dev='vdb'/></disk>`, `<interface type='network'><mac address='…'/>
 * </interface>`, `<rng model='virtio'/>`. Like libvirt, the strongest identity the element
 * gives wins: a disk target, a MAC, a host source, a controller index, a port or channel
 * name; failing that its alias; failing that whatever identifying fields it has (an
 * interface's type, source and PCI address; an rng's model and backend; ...), which may
 * name several devices and is then refused as ambiguous by `findDevice`.
 */
export function deviceMatchFromXml(xml: string): DeviceMatch {
  return deviceMatchFromElement(parseXml(xml).root);
}

export function deviceMatchFromElement(element: XmlElement): DeviceMatch {
  const match = matchOf(element);
  // What the element said may still be malformed (a MAC or UUID that is not one).
  const checked = DeviceMatch.safeParse(match);
  if (checked.success) return checked.data;
  throw new AppError({
    code: 'validation',
    message: `The <${element.name}> element does not name a device: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Correct it and try again.`,
  });
}

function matchOf(element: XmlElement): DeviceMatch {
  if (!(element.name in DEVICE_VIEWS)) {
    throw new AppError({
      code: 'validation',
      message: `<${element.name}> is not a device element. Give a device such as <disk>, <interface>, <hostdev> or <rng>, with the fields that identify it.`,
    });
  }
  const device = deviceView(element);
  const match = identityMatch(device);
  if (match && !isWeak(match)) return match;
  const alias = aliasOf(device);
  if (alias !== undefined) return { kind: 'alias', alias };
  if (match) return match;
  throw new AppError({
    code: 'validation',
    message: `The <${element.name}> element does not say which device it is. Add what identifies it (for a ${element.name}: ${IDENTIFYING[element.name] ?? 'its alias'}) and try again.`,
  });
}

/**
 * Matches whose fields may name more than one device, so an alias beats them: the shared
 * identities, and a serial port, console or channel given without a port or name.
 */
function isWeak(match: DeviceMatch): boolean {
  if (match.kind === 'chardev') return match.port === undefined && match.name === undefined;
  return !['disk', 'interface', 'hostdev', 'controller'].includes(match.kind);
}

/** What to add for the types whose identity has a required field. */
const IDENTIFYING: Record<string, string> = {
  disk: "<target dev='vdb'/> or its <source>",
  hostdev:
    'its <source> (USB vendor and product or bus and device, PCI address, SCSI adapter and address, mdev UUID)',
  controller: "its type and index, e.g. <controller type='scsi' index='0'/>",
  filesystem: "<target dir='...'/>",
  shmem: "its name, e.g. <shmem name='...'/>",
};

import { describe, expect, it } from 'vitest';
import { ChardevDevice } from '../../../src/domain/devices/chardev';
import { ControllerDevice } from '../../../src/domain/devices/controller';
import { DiskDevice } from '../../../src/domain/devices/disk';
import {
  GraphicsDevice,
  InputDevice,
  OtherDevice,
  VideoDevice,
} from '../../../src/domain/devices/display';
import { DeviceAddress } from '../../../src/domain/devices/address-view';
import { FilesystemDevice, LeaseDevice } from '../../../src/domain/devices/filesystem';
import { HostdevDevice } from '../../../src/domain/devices/hostdev';
import { MemoryDevice, ShmemDevice } from '../../../src/domain/devices/memory';
import {
  NvramDevice,
  PanicDevice,
  PstoreDevice,
  TpmDevice,
  WatchdogDevice,
} from '../../../src/domain/devices/platform';
import { AudioDevice, SoundDevice } from '../../../src/domain/devices/sound';
import {
  HubDevice,
  RedirdevDevice,
  RedirfilterDevice,
  SmartcardDevice,
} from '../../../src/domain/devices/usb-redirect';
import {
  CryptoDevice,
  IommuDevice,
  MemballoonDevice,
  RngDevice,
  VsockDevice,
} from '../../../src/domain/devices/virtio-misc';
import { InterfaceDevice } from '../../../src/domain/devices/interface';
import { DomainXml } from '../../../src/domain/domain-xml';
import { NetworkXml } from '../../../src/domain/network';
import { PoolXml, VolumeXml } from '../../../src/domain/storage';
import type { Prop } from '../../../src/domain/model/props';
import { XmlElement } from '../../../src/domain/xml/nodes';
import { parseXml } from '../../../src/domain/xml/parse';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { corpusDocuments, goldenInputs, liveFile } from '../../helpers/xml-corpus';

/**
 * Every declared property must read a value from some real document, and write, read
 * back and clear that value on an empty element. This catches a mistyped path, which
 * would otherwise just read as "not set" forever (virt-manager's test_checkprops idea).
 */
const VIEWS: [string, { props: Record<string, Prop<unknown>> }, readonly string[]][] = [
  ['domain', DomainXml, ['domain']],
  ['disk', DiskDevice, ['disk']],
  ['interface', InterfaceDevice, ['interface']],
  ['hostdev', HostdevDevice, ['hostdev']],
  ['controller', ControllerDevice, ['controller']],
  ['chardev', ChardevDevice, ['serial', 'console', 'channel', 'parallel']],
  ['graphics', GraphicsDevice, ['graphics']],
  ['video', VideoDevice, ['video']],
  ['input', InputDevice, ['input']],
  ['filesystem', FilesystemDevice, ['filesystem']],
  ['lease', LeaseDevice, ['lease']],
  ['sound', SoundDevice, ['sound']],
  ['audio', AudioDevice, ['audio']],
  ['redirdev', RedirdevDevice, ['redirdev']],
  ['redirfilter', RedirfilterDevice, ['redirfilter']],
  ['smartcard', SmartcardDevice, ['smartcard']],
  ['hub', HubDevice, ['hub']],
  ['rng', RngDevice, ['rng']],
  ['memballoon', MemballoonDevice, ['memballoon']],
  ['vsock', VsockDevice, ['vsock']],
  ['crypto', CryptoDevice, ['crypto']],
  ['iommu', IommuDevice, ['iommu']],
  ['tpm', TpmDevice, ['tpm']],
  ['watchdog', WatchdogDevice, ['watchdog']],
  ['panic', PanicDevice, ['panic']],
  ['nvram', NvramDevice, ['nvram']],
  ['pstore', PstoreDevice, ['pstore']],
  ['memory', MemoryDevice, ['memory']],
  ['shmem', ShmemDevice, ['shmem']],
  ['address', DeviceAddress, ['address']],
  ['other', OtherDevice, ['teleporter']],
  ['pool', PoolXml, ['pool']],
  ['volume', VolumeXml, ['volume']],
  ['network', NetworkXml, ['network']],
];

const elementsByName = new Map<string, XmlElement[]>();
function collect(element: XmlElement): void {
  const list = elementsByName.get(element.name) ?? [];
  list.push(element);
  elementsByName.set(element.name, list);
  for (const child of element.elements) collect(child);
}
for (const { text } of corpusDocuments()) collect(parseXml(text).root);
collect(parseXml(liveFile('q35-running.xml')).root);
for (const { text } of goldenInputs()) collect(parseXml(text).root);

// Views share some declarations (every device's alias and address, boot order); each is
// checked once, with the first view that declares it.
const seen = new Set<Prop<unknown>>();
const declared = VIEWS.map(([name, View, elementNames]) => {
  const own = Object.entries(View.props).filter(([, prop]) => !seen.has(prop));
  for (const [, prop] of own) seen.add(prop);
  return [name, own, elementNames] as const;
}).filter(([, own]) => own.length > 0);

describe.each(declared)('%s properties', (_, props, elementNames) => {
  const elements = elementNames.flatMap((name) => elementsByName.get(name) ?? []);
  it.each(props)('%s', (_, prop) => {
    // A flag reads false wherever its element is absent, so prefer a value that is set;
    // an on/off attribute may be found only as "off".
    const values = elements.map((e) => prop.get(e));
    const value =
      values.find((v) => v !== undefined && v !== false) ?? values.find((v) => v === false);
    expect(value, `no document has a value at ${prop.path}`).toBeDefined();

    const fresh = new XmlElement(elementNames[0]!);
    prop.set(fresh, value);
    expect(prop.get(fresh)).toEqual(value);
    const firstStep = prop.path.split('/')[0]!.replace(/^@/, '');
    expect(serializeElement(fresh)).toContain(firstStep);
    prop.set(fresh, undefined);
    expect(serializeElement(fresh)).toBe(`<${elementNames[0]!}/>`);
  });
});

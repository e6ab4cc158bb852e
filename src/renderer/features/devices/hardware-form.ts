import type { DiskBus, DiskCache } from '../../../shared/devices';
import type { DeviceRequestInput, HostResourceList } from '../../../shared/ipc/contract';
import { INITIAL_NEW_VOLUME, newVolumeSource, unlistedPool } from './new-volume-form';
import type { NewVolumeFields } from './new-volume-form';
import { SIMPLE_INITIAL, simpleSpec } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';

/** What the Add hardware dialog holds, as the user typed it. */
export interface HardwareForm {
  type: 'storage' | 'network' | 'hostdev' | SimpleKind;
  storage: {
    sourceKind: 'file' | 'volume' | 'new-volume';
    path: string;
    /** The pool of an existing volume, or the one a new volume is created in. */
    pool: string;
    volume: string;
    newVolume: NewVolumeFields;
    device: 'disk' | 'cdrom' | 'floppy';
    /** '' lets the host pick the bus for the device and machine. */
    bus: DiskBus | '';
    /** '' leaves the format to libvirt (raw). */
    format: '' | 'raw' | 'qcow2';
    /** '' leaves the cache mode to the hypervisor. */
    cache: DiskCache | '';
    readonly: boolean;
  };
  network: {
    sourceType: 'network' | 'bridge' | 'direct' | 'user';
    /** The network, bridge or host interface name, by source type. */
    source: string;
    directMode: 'bridge' | 'vepa' | 'private' | 'passthrough';
    model: string;
    macMode: 'generate' | 'set';
    mac: string;
  };
  hostdev: {
    bus: 'usb' | 'pci';
    usbVendor: string;
    usbProduct: string;
    pciAddress: string;
  };
  /** The pages drawn from the simple-device table (RNG, TPM, ...), by kind. */
  simple: Record<SimpleKind, SimpleValues>;
}

export const INITIAL_FORM: HardwareForm = {
  type: 'storage',
  storage: {
    sourceKind: 'file',
    path: '',
    pool: 'default',
    volume: '',
    newVolume: INITIAL_NEW_VOLUME,
    device: 'disk',
    bus: '',
    format: '',
    cache: '',
    readonly: false,
  },
  network: {
    sourceType: 'network',
    source: 'default',
    directMode: 'bridge',
    model: 'virtio',
    macMode: 'generate',
    mac: '',
  },
  hostdev: { bus: 'usb', usbVendor: '', usbProduct: '', pciAddress: '' },
  simple: SIMPLE_INITIAL,
};

/** Field name to the problem with it, shown under the field. */
export type FormErrors = Partial<Record<string, string>>;

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
const USB_ID = /^(0x)?[0-9a-f]{4}$/i;
const PCI = /^(?:([0-9a-f]{4}):)?([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])$/i;

/**
 * The spec the dialog sends, or the problems that keep it from being sent. Checks here
 * follow the contract's schemas, so what passes is accepted by the host's validation;
 * `resources` (what the host listed) lets a new volume's pool and name be checked too.
 */
export function specFromForm(
  form: HardwareForm,
  resources?: HostResourceList,
): { spec?: DeviceRequestInput; errors: FormErrors } {
  if (form.type === 'storage') return storageSpec(form.storage, resources);
  if (form.type === 'network') return networkSpec(form.network);
  if (form.type === 'hostdev') return hostdevSpec(form.hostdev);
  return simpleSpec(form.type, form.simple[form.type]);
}

/**
 * The spec to ask the host about before the fields are complete: what a shared folder means
 * for the VM (a running VM without shared memory cannot take virtiofs; its definition will
 * need shared memory) follows from its driver alone, not its path or tag.
 */
export function specToCheck(
  form: HardwareForm,
  spec: DeviceRequestInput | undefined,
): DeviceRequestInput | undefined {
  if (spec || form.type !== 'filesystem') return spec;
  const driver = form.simple.filesystem['driver'] === 'path' ? 'path' : 'virtiofs';
  return { kind: 'filesystem', driver, source: '/', tag: 'share' };
}

function storageSpec(
  storage: HardwareForm['storage'],
  resources: HostResourceList | undefined,
): ReturnType<typeof specFromForm> {
  const errors: FormErrors = {};
  const path = storage.path.trim();
  const emptyDrive = storage.device !== 'disk' && path === '' && storage.sourceKind === 'file';
  if (storage.sourceKind === 'file' && !emptyDrive && !path.startsWith('/')) {
    errors['path'] =
      path === ''
        ? 'Enter the path of the image on the host.'
        : 'Use an absolute path, starting with /.';
  }
  if (storage.sourceKind === 'volume') {
    if (storage.pool.trim() === '') errors['pool'] = 'Enter the storage pool.';
    else if (unlistedPool(storage.pool.trim(), resources))
      errors['pool'] = 'Choose one of the host’s storage pools.';
    if (storage.volume.trim() === '') errors['volume'] = 'Enter the volume name.';
  }
  const newVolume =
    storage.sourceKind === 'new-volume'
      ? newVolumeSource(storage.pool, storage.newVolume, resources, errors)
      : undefined;
  if (newVolume && storage.device === 'cdrom') {
    errors['sourceKind'] =
      'A new volume is empty: a CD-ROM drive needs an existing image. Choose one, or make the device a disk.';
  }
  if (Object.keys(errors).length > 0) return { errors };
  const source =
    newVolume ??
    (storage.sourceKind === 'volume'
      ? { type: 'volume' as const, pool: storage.pool.trim(), volume: storage.volume.trim() }
      : emptyDrive
        ? { type: 'none' as const }
        : { type: path.startsWith('/dev/') ? ('block' as const) : ('file' as const), path });
  // A new volume's disk takes the volume's format; the host sets it.
  const format = newVolume || storage.format === '' ? {} : { format: storage.format };
  return {
    errors,
    spec: {
      kind: 'disk',
      device: storage.device,
      source,
      readonly: storage.readonly,
      ...(storage.bus === '' ? {} : { bus: storage.bus }),
      ...format,
      ...(storage.cache === '' ? {} : { cache: storage.cache }),
    },
  };
}

function networkSpec(network: HardwareForm['network']): ReturnType<typeof specFromForm> {
  const errors: FormErrors = {};
  const source = network.source.trim();
  if (network.sourceType !== 'user' && source === '') {
    errors['source'] = {
      network: 'Enter the virtual network, e.g. default.',
      bridge: 'Enter the host bridge, e.g. br0.',
      direct: 'Enter the host interface, e.g. eth0.',
    }[network.sourceType];
  }
  const mac = network.mac.trim();
  if (network.macMode === 'set' && !MAC.test(mac)) {
    errors['mac'] = 'A MAC address looks like 52:54:00:12:34:56.';
  } else if (network.macMode === 'set' && (parseInt(mac.slice(0, 2), 16) & 1) === 1) {
    errors['mac'] =
      'This is a multicast address; the first byte must be even (52:54:00:… is usual).';
  }
  if (network.model.trim() === '') errors['model'] = 'Choose a device model.';
  if (Object.keys(errors).length > 0) return { errors };
  const nicSource =
    network.sourceType === 'network'
      ? { type: 'network' as const, network: source }
      : network.sourceType === 'bridge'
        ? { type: 'bridge' as const, bridge: source }
        : network.sourceType === 'direct'
          ? { type: 'direct' as const, dev: source, mode: network.directMode }
          : { type: 'user' as const };
  return {
    errors,
    spec: {
      kind: 'interface',
      source: nicSource,
      model: network.model.trim(),
      ...(network.macMode === 'set' ? { mac: mac.toLowerCase() } : {}),
    },
  };
}

function hostdevSpec(hostdev: HardwareForm['hostdev']): ReturnType<typeof specFromForm> {
  const errors: FormErrors = {};
  if (hostdev.bus === 'usb') {
    if (!USB_ID.test(hostdev.usbVendor.trim()))
      errors['usbVendor'] = 'A vendor ID is 4 hex digits, e.g. 046d.';
    if (!USB_ID.test(hostdev.usbProduct.trim()))
      errors['usbProduct'] = 'A product ID is 4 hex digits, e.g. c52b.';
    if (Object.keys(errors).length > 0) return { errors };
    const hex = (id: string) => `0x${id.trim().replace(/^0x/i, '').toLowerCase()}`;
    return {
      errors,
      spec: {
        kind: 'hostdev',
        source: { usbVendor: hex(hostdev.usbVendor), usbProduct: hex(hostdev.usbProduct) },
      },
    };
  }
  const parts = PCI.exec(hostdev.pciAddress.trim());
  const slot = parts ? parseInt(parts[3] ?? '', 16) : NaN;
  if (!parts || slot > 0x1f) {
    return {
      errors: { pciAddress: 'A PCI address looks like 0000:03:00.0 (domain:bus:slot.function).' },
    };
  }
  return {
    errors,
    spec: {
      kind: 'hostdev',
      source: {
        pci: {
          domain: parseInt(parts[1] ?? '0', 16),
          bus: parseInt(parts[2] ?? '', 16),
          slot,
          function: parseInt(parts[4] ?? '', 10),
        },
      },
    },
  };
}

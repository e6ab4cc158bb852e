import { formatPciAddress, readPciAddress } from './address';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { DiskDevice } from './disk';
import { InputDevice, VideoDevice } from './display';
import { HostdevDevice } from './hostdev';
import { FilesystemDevice } from './filesystem';
import { InterfaceDevice } from './interface';
import { MemoryDevice, ShmemDevice } from './memory';
import { TpmDevice, WatchdogDevice } from './platform';
import { SoundDevice } from './sound';
import { RedirdevDevice, SmartcardDevice } from './usb-redirect';
import { MemballoonDevice, RngDevice, VsockDevice } from './virtio-misc';
import { aliasOf } from './registry';
import type { Device } from './registry';

/** A short human name for a device, for messages: "disk vdb", "network interface 52:54:…". */
export function describeDevice(device: Device): string {
  if (device instanceof DiskDevice)
    return `${device.deviceKind} ${device.targetDev ?? '(no target)'}`;
  if (device instanceof InterfaceDevice) {
    if (device.mac !== undefined) return `network interface ${device.mac}`;
    // Without a MAC, what tells interfaces apart: where they sit, or their alias.
    const address = device.element.child('address');
    const pci = address?.getAttribute('type') === 'pci' ? readPciAddress(address) : undefined;
    const where = pci ? ` at PCI ${formatPciAddress(pci)}` : '';
    const alias = aliasOf(device);
    return `network interface (no MAC)${where}${alias === undefined ? '' : ` alias ${alias}`}`;
  }
  if (device instanceof ControllerDevice) {
    return `${device.type ?? ''} controller ${device.index ?? ''}`.replace(/\s+/g, ' ').trim();
  }
  if (device instanceof HostdevDevice) {
    const pci = device.sourcePci;
    if (pci) return `host PCI device ${formatPciAddress(pci)}`;
    if (device.usbVendor) return `host USB device ${device.usbVendor}:${device.usbProduct ?? ''}`;
    const scsi = device.sourceScsi;
    if (scsi) return `host SCSI device ${scsi.adapter}:${scsi.bus}:${scsi.target}:${scsi.unit}`;
    if (device.mdevUuid) return `mediated device ${device.mdevUuid}`;
    return `host device ${aliasOf(device) ?? ''}`.trim();
  }
  if (device instanceof ChardevDevice) {
    const which =
      device.targetName ?? (device.targetPort === undefined ? '' : String(device.targetPort));
    return `${device.elementName} ${which}`.trim();
  }
  if (device instanceof InputDevice) return `${device.type ?? ''} input`.trim();
  if (device instanceof VideoDevice) return `${device.model ?? ''} video`.trim();
  const own = ownTitle(device);
  if (own !== undefined) return own.replace(/\s+/g, ' ').trim();
  const alias = aliasOf(device);
  return alias ? `${device.element.name} ${alias}` : device.element.name;
}

/** Titles of the device types that say what they are by a model or a name. */
function ownTitle(device: Device): string | undefined {
  if (device instanceof FilesystemDevice) return `shared directory ${device.targetDir ?? ''}`;
  if (device instanceof RngDevice) return `${device.model ?? ''} random number generator`;
  if (device instanceof WatchdogDevice) return `${device.model ?? ''} watchdog`;
  if (device instanceof TpmDevice) return `${device.model ?? ''} TPM`;
  if (device instanceof SoundDevice) return `${device.model ?? ''} sound card`;
  if (device instanceof MemballoonDevice) return `${device.model ?? ''} memory balloon`;
  if (device instanceof MemoryDevice) return `${device.model ?? ''} memory module`;
  if (device instanceof ShmemDevice) return `shared memory ${device.name ?? ''}`;
  if (device instanceof RedirdevDevice) return `USB redirection (${device.type ?? ''})`;
  if (device instanceof SmartcardDevice) return `smartcard (${device.mode ?? ''})`;
  if (device instanceof VsockDevice) {
    return device.cid === undefined ? 'vsock' : `vsock (CID ${device.cid})`;
  }
  return undefined;
}

import type { XmlElement } from '../xml/nodes';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { DiskDevice } from './disk';
import { GraphicsDevice, InputDevice, OtherDevice, VideoDevice } from './display';
import { FilesystemDevice, LeaseDevice } from './filesystem';
import { HostdevDevice } from './hostdev';
import { InterfaceDevice } from './interface';
import { MemoryDevice, ShmemDevice } from './memory';
import { NvramDevice, PanicDevice, PstoreDevice, TpmDevice, WatchdogDevice } from './platform';
import { AudioDevice, SoundDevice } from './sound';
import { HubDevice, RedirdevDevice, RedirfilterDevice, SmartcardDevice } from './usb-redirect';
import { CryptoDevice, IommuDevice, MemballoonDevice, RngDevice, VsockDevice } from './virtio-misc';

/** Any device view. `OtherDevice` covers elements the model has no class for. */
export type Device =
  | DiskDevice
  | InterfaceDevice
  | HostdevDevice
  | ControllerDevice
  | ChardevDevice
  | GraphicsDevice
  | VideoDevice
  | InputDevice
  | FilesystemDevice
  | LeaseDevice
  | SoundDevice
  | AudioDevice
  | RedirdevDevice
  | RedirfilterDevice
  | SmartcardDevice
  | HubDevice
  | RngDevice
  | MemballoonDevice
  | VsockDevice
  | CryptoDevice
  | IommuDevice
  | TpmDevice
  | WatchdogDevice
  | PanicDevice
  | NvramDevice
  | PstoreDevice
  | MemoryDevice
  | ShmemDevice
  | OtherDevice;

/** The view class of every child element of <devices> (but <emulator>, a setting). */
export const DEVICE_VIEWS: Readonly<Record<string, new (element: XmlElement) => Device>> = {
  disk: DiskDevice,
  controller: ControllerDevice,
  lease: LeaseDevice,
  filesystem: FilesystemDevice,
  interface: InterfaceDevice,
  input: InputDevice,
  sound: SoundDevice,
  audio: AudioDevice,
  hostdev: HostdevDevice,
  graphics: GraphicsDevice,
  video: VideoDevice,
  serial: ChardevDevice,
  console: ChardevDevice,
  channel: ChardevDevice,
  parallel: ChardevDevice,
  smartcard: SmartcardDevice,
  hub: HubDevice,
  redirdev: RedirdevDevice,
  redirfilter: RedirfilterDevice,
  rng: RngDevice,
  tpm: TpmDevice,
  watchdog: WatchdogDevice,
  memballoon: MemballoonDevice,
  nvram: NvramDevice,
  panic: PanicDevice,
  shmem: ShmemDevice,
  memory: MemoryDevice,
  iommu: IommuDevice,
  vsock: VsockDevice,
  crypto: CryptoDevice,
  pstore: PstoreDevice,
};

/** The typed view for a child element of <devices>. */
export function deviceView(element: XmlElement): Device {
  const View = DEVICE_VIEWS[element.name] ?? OtherDevice;
  return new View(element);
}

/** The alias libvirt gave the device (or the user's "ua-" alias), if any. */
export function aliasOf(device: Device): string | undefined {
  return device.element.child('alias')?.getAttribute('name');
}

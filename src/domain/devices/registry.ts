import type { XmlElement } from '../xml/nodes';
import { ChardevDevice } from './chardev';
import { ControllerDevice } from './controller';
import { DiskDevice } from './disk';
import { GraphicsDevice, InputDevice, OtherDevice, VideoDevice } from './display';
import { HostdevDevice } from './hostdev';
import { InterfaceDevice } from './interface';

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
  | OtherDevice;

const VIEWS: Record<string, new (element: XmlElement) => Device> = {
  disk: DiskDevice,
  interface: InterfaceDevice,
  hostdev: HostdevDevice,
  controller: ControllerDevice,
  serial: ChardevDevice,
  console: ChardevDevice,
  channel: ChardevDevice,
  parallel: ChardevDevice,
  graphics: GraphicsDevice,
  video: VideoDevice,
  input: InputDevice,
};

/** The typed view for a child element of <devices>. */
export function deviceView(element: XmlElement): Device {
  const View = VIEWS[element.name] ?? OtherDevice;
  return new View(element);
}

/** The alias libvirt gave the device (or the user's "ua-" alias), if any. */
export function aliasOf(device: Device): string | undefined {
  return device.element.child('alias')?.getAttribute('name');
}

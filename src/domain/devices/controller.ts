import { defineView } from '../model/view';
import { int, onOff, str } from '../model/props';
import { deviceInfo } from './device';

/** <controller>: a bus the guest's devices hang off (PCI, USB, SCSI, virtio-serial, ...). */
export class ControllerDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  index: int('@index'),
  model: str('@model'),
  /** A PCIe root or downstream port can have hotplug turned off for its slot. */
  hotplug: onOff('target/@hotplug'),
}) {}

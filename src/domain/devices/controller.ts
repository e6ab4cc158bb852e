import { defineView } from '../model/view';
import { int, str } from '../model/props';
import { deviceInfo } from './device';

/** <controller>: a bus the guest's devices hang off (PCI, USB, SCSI, virtio-serial, ...). */
export class ControllerDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  index: int('@index'),
  model: str('@model'),
}) {}

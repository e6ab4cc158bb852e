import { defineView } from '../model/view';
import { hex, int, onOff, str } from '../model/props';
import { deviceInfo } from './device';

/** <controller>: a bus the guest's devices hang off (PCI, USB, SCSI, virtio-serial, ...). */
export class ControllerDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  index: int('@index'),
  model: str('@model'),
  /** A PCIe root or downstream port can have hotplug turned off for its slot. */
  hotplug: onOff('target/@hotplug'),
  /** USB: how many ports; virtio-serial: how many ports. */
  ports: int('@ports'),
  vectors: int('@vectors'),
  /** The QEMU device behind a PCI controller model, e.g. pcie-root-port. */
  modelName: str('model/@name'),
  driverQueues: int('driver/@queues'),
  targetChassis: int('target/@chassis'),
  targetPort: hex('target/@port', 2),
}) {}

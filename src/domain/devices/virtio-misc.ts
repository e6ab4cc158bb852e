import { defineView } from '../model/view';
import { int, onOff, str, yesNo } from '../model/props';
import { deviceInfo } from './device';

/** <rng>: an entropy source for the guest, fed from a host file or an EGD daemon. */
export class RngDevice extends defineView({
  ...deviceInfo,
  /** virtio */
  model: str('@model'),
  /** random (a host file) or builtin or egd (a chardev) */
  backendModel: str('backend/@model'),
  /** For an EGD backend: the chardev type, e.g. tcp or udp. */
  backendType: str('backend/@type'),
  /** For the random backend: the host file, e.g. /dev/urandom. */
  backendFile: str('backend'),
  rateBytes: int('rate/@bytes'),
  ratePeriod: int('rate/@period'),
}) {}

/** <memballoon>: the virtio balloon, which reports and reclaims guest memory. */
export class MemballoonDevice extends defineView({
  ...deviceInfo,
  /** virtio, xen or none */
  model: str('@model'),
  autodeflate: onOff('@autodeflate'),
  freePageReporting: onOff('@freePageReporting'),
  statsPeriod: int('stats/@period'),
}) {}

/** <vsock>: a virtio socket between host and guest, addressed by the guest's CID. */
export class VsockDevice extends defineView({
  ...deviceInfo,
  model: str('@model'),
  cidAuto: yesNo('cid/@auto'),
  cid: int('cid/@address'),
}) {}

/** <crypto>: a virtio crypto accelerator backed by QEMU's builtin or lkcf backend. */
export class CryptoDevice extends defineView({
  ...deviceInfo,
  model: str('@model'),
  type: str('@type'),
  backendModel: str('backend/@model'),
  backendQueues: int('backend/@queues'),
}) {}

/** <iommu>: the guest's IOMMU (intel, smmuv3, virtio, amd). */
export class IommuDevice extends defineView({
  ...deviceInfo,
  model: str('@model'),
  intremap: onOff('driver/@intremap'),
  cachingMode: onOff('driver/@caching_mode'),
  eim: onOff('driver/@eim'),
  iotlb: onOff('driver/@iotlb'),
  awBits: int('driver/@aw_bits'),
}) {}

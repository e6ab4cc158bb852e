import { defineView } from '../model/view';
import { int, kibibytes, str, yesNo } from '../model/props';
import { deviceInfo } from './device';

/** <memory>: a memory module plugged into the guest (dimm, nvdimm, virtio-mem, ...). */
export class MemoryDevice extends defineView({
  ...deviceInfo,
  /** dimm, nvdimm, virtio-pmem, virtio-mem, sgx-epc */
  model: str('@model'),
  /** shared or private */
  access: str('@access'),
  discard: yesNo('@discard'),
  sourcePath: str('source/path'),
  sourcePagesizeKiB: kibibytes('source/pagesize'),
  sourceNodemask: str('source/nodemask'),
  targetSizeKiB: kibibytes('target/size'),
  /** The guest NUMA node the module belongs to. */
  targetNode: int('target/node'),
  /** virtio-mem: how much of the module the guest is asked to use. */
  targetRequestedKiB: kibibytes('target/requested'),
  targetBlockKiB: kibibytes('target/block'),
}) {}

/** <shmem>: a shared memory region between guests (ivshmem), named on the host. */
export class ShmemDevice extends defineView({
  ...deviceInfo,
  name: str('@name'),
  /** master or peer, for migration */
  role: str('@role'),
  /** ivshmem, ivshmem-plain, ivshmem-doorbell */
  model: str('model/@type'),
  sizeKiB: kibibytes('size'),
  serverPath: str('server/@path'),
}) {}

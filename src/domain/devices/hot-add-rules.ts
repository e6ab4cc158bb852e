import type { DeviceSpec } from '../../shared/devices';
import { FIXED_DISK_BUSES, fixedBusProblem, hotAddProblem, NEXT_START } from '../../shared/hot-add';
import type { DomainXml } from '../domain-xml';
import { hasSharedMemory, numaCells } from '../memory-backing';
import { buildDevice } from './build-device';
import { ControllerDevice } from './controller';

/**
 * Why `spec` cannot be plugged into the running VM whose live definition is `live`:
 * the rules by spec (src/shared/hot-add.ts), then what depends on the VM. Each of these
 * was refused by libvirt 9 / QEMU 7.2 on a running guest that lacked the prerequisite.
 */
export function liveAttachProblem(live: DomainXml, spec: DeviceSpec): string | undefined {
  const bySpec = hotAddProblem(spec);
  if (bySpec !== undefined) return bySpec;
  if (spec.kind === 'disk') {
    // A CD-ROM without a bus gets the machine's: IDE or SATA on x86, neither hotplugs.
    const bus = buildDevice(live, spec).child('target')?.getAttribute('bus');
    return bus !== undefined && FIXED_DISK_BUSES.has(bus) ? fixedBusProblem(bus) : undefined;
  }
  if (spec.kind === 'channel') return virtioSerialProblem(live, 'channel');
  if (spec.kind === 'console') return virtioSerialProblem(live, 'virtio console');
  if (spec.kind === 'memory' && (live.maxMemoryKiB === undefined || numaCells(live).length === 0)) {
    // libvirt plugs memory into a NUMA node, within the <maxMemory> ceiling and its slots.
    return `Memory can be plugged into a running VM only when its definition sets a maximum memory and at least one NUMA node. Set those in the saved definition, then shut the VM down and start it again.`;
  }
  if (spec.kind === 'filesystem' && spec.driver === 'virtiofs' && !hasSharedMemory(live)) {
    return VIRTIOFS_NEEDS_RESTART;
  }
  return undefined;
}

export const VIRTIOFS_NEEDS_RESTART = `A virtiofs share needs the VM's memory to be shared, and the running VM's is not. Add the share to the saved definition (that also turns on shared memory there), then shut the VM down and start it again.`;

/**
 * Virtio ports need a virtio-serial controller, and one cannot be plugged in: libvirt adds
 * it on its own only when it defines or starts a VM.
 */
function virtioSerialProblem(live: DomainXml, what: string): string | undefined {
  const hasController = live
    .devicesOf(ControllerDevice)
    .some((controller) => controller.type === 'virtio-serial');
  return hasController
    ? undefined
    : `A ${what} needs a virtio-serial controller, which the running VM lacks and which cannot be plugged in. ${NEXT_START}`;
}

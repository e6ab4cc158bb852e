import type { SpecOf } from '../../shared/devices';
import type { DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { DomainXml } from '../domain-xml';
import { GraphicsDevice } from './display';
import { MemoryDevice } from './memory';

/**
 * What keeps a new device out of a definition although its own XML is fine: the rest of
 * the definition does not fit it. Each check is one libvirt makes at attach or start
 * (checked against libvirt 9's QEMU driver); doing it here means the user hears what is
 * missing and what to do before anything is sent. Throws `operation-invalid`.
 */
export function checkDeviceFits(domain: DomainXml, spec: DeviceSpec): void {
  const problem = fitProblem(domain, spec);
  if (problem !== undefined) throw new AppError({ code: 'operation-invalid', message: problem });
}

/** The reason `spec` cannot join `domain`, or undefined when it can. */
export function fitProblem(domain: DomainXml, spec: DeviceSpec): string | undefined {
  if (spec.kind === 'graphics') return duplicateDisplayProblem(domain, spec.type);
  if (spec.kind === 'memory') return memoryHotplugProblem(domain, spec);
  if (spec.kind === 'redirdev' && spec.source.type === 'spicevmc') {
    return spiceProblem(
      domain,
      'USB redirection over SPICE',
      'or redirect from a usbredir server over TCP',
    );
  }
  if (spec.kind === 'smartcard' && spec.mode === 'passthrough') {
    return spiceProblem(
      domain,
      'A smartcard passed through from the SPICE client',
      'or use the host’s reader',
    );
  }
  return undefined;
}

const vmName = (domain: DomainXml) => `“${domain.name ?? 'the VM'}”`;
const TYPE_NAMES: Readonly<Record<string, string>> = { vnc: 'VNC', spice: 'SPICE' };

/**
 * libvirt defines a VM with two displays of one type but QEMU cannot start it ("only 1
 * graphics device of each type ... is supported"), so the second one is refused here.
 */
export function duplicateDisplayProblem(domain: DomainXml, type: string): string | undefined {
  if (!domain.devicesOf(GraphicsDevice).some((g) => g.type === type)) return undefined;
  const name = TYPE_NAMES[type] ?? type;
  const other = type === 'vnc' ? 'SPICE' : 'VNC';
  return `${vmName(domain)} already has a ${name} display, and a VM can have only one display of each type. Change or remove the existing ${name} display, or add a ${other} display instead.`;
}

/** spicevmc channels ride on the SPICE display; libvirt refuses them without one. */
function spiceProblem(domain: DomainXml, what: string, instead: string): string | undefined {
  if (domain.devicesOf(GraphicsDevice).some((g) => g.type === 'spice')) return undefined;
  return `${what} needs a SPICE display, and ${vmName(domain)} has none. Add a SPICE display first (Display (VNC or SPICE)), ${instead}.`;
}

/** The guest NUMA cells of <cpu><numa>. */
export function numaCellCount(domain: DomainXml): number {
  return domain.element.child('cpu')?.child('numa')?.childrenNamed('cell').length ?? 0;
}

const mib = (kib: number) => `${Math.floor(kib / 1024)} MiB`;

/**
 * Why a memory module cannot be plugged into `domain`, as libvirt 9 decides it: the
 * definition needs `<maxMemory slots=…>` (the ceiling and the slots for modules), on
 * x86 and the other non-POWER guests at least one NUMA cell (QEMU would otherwise make
 * one silently), a free slot (libvirt counts every memory device, virtio-mem too), room
 * under the ceiling for the module, and the node it names.
 */
export function memoryHotplugProblem(
  domain: DomainXml,
  spec: SpecOf<'memory'>,
): string | undefined {
  const name = vmName(domain);
  const cells = numaCellCount(domain);
  const needsNuma = !(domain.arch ?? 'x86_64').startsWith('ppc64') && cells === 0;
  const max = domain.maxMemoryKiB;
  const slots = domain.maxMemorySlots;
  const missing = [
    ...(max === undefined || slots === undefined
      ? ['a maximum memory with slots, e.g. <maxMemory slots="16" unit="GiB">32</maxMemory>']
      : []),
    ...(needsNuma
      ? [
          'a NUMA cell under <cpu>, e.g. <numa><cell id="0" cpus="0-1" memory="2" unit="GiB"/></numa>',
        ]
      : []),
  ];
  if (missing.length > 0) {
    return `Memory cannot be plugged into ${name}: its definition lacks ${missing.join(', and ')}. Shut the VM down, add ${missing.length > 1 ? 'them' : 'it'} to the definition (for example with virsh edit), then add the memory again.`;
  }
  if (max === undefined || slots === undefined) return undefined;
  const used = domain.devicesOf(MemoryDevice).length;
  if (used >= slots) {
    return `All ${slots} memory slots of ${name} are in use. Raise the slots of <maxMemory> in its definition (with the VM shut off), or remove a memory module first.`;
  }
  const total = domain.memoryKiB ?? 0;
  const sizeKiB = spec.sizeMiB * 1024;
  if (total + sizeKiB > max) {
    const room = Math.max(0, max - total);
    return `A ${spec.sizeMiB} MiB module would take ${name} to ${mib(total + sizeKiB)}, above its maximum memory of ${mib(max)}. Choose at most ${mib(room)}, or raise <maxMemory> in its definition.`;
  }
  if (spec.node !== undefined && cells > 0 && spec.node >= cells) {
    return cells === 1
      ? `${name} has one NUMA node: use node 0 for the memory, or leave the node empty.`
      : `${name} has ${cells} NUMA nodes: choose a node from 0 to ${cells - 1}, or leave it empty.`;
  }
  return undefined;
}

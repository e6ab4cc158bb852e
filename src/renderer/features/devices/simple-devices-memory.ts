import { ok, optionalInt } from './simple-fields';
import type { SimplePage, SimpleValues } from './simple-fields';

/** virtio-mem block sizes: powers of two from the 2 MiB huge page up. */
const BLOCKS = [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024].map(
  (mib) => [String(mib), `${mib} MiB`] as const,
);

const isVirtioMem = (v: SimpleValues) => v['model'] === 'virtio-mem';

/**
 * Memory to plug in. Whether the VM's definition is ready for it (maximum memory with
 * slots, a NUMA cell) is the host's check: it needs the definition, which the dialog has
 * not got, and it says what is missing before anything is sent.
 */
export const MEMORY_PAGE: SimplePage = {
  kind: 'memory',
  label: 'Memory',
  fields: [
    {
      name: 'model',
      label: 'Memory model',
      options: [
        ['dimm', 'DIMM (a memory module)'],
        ['virtio-mem', 'virtio-mem (resizable while running)'],
      ],
      hint: 'The VM’s definition needs a maximum memory with free slots and a NUMA node.',
    },
    { name: 'sizeMiB', label: 'Size (MiB)', placeholder: '1024' },
    {
      name: 'node',
      label: 'NUMA node',
      hint: 'The guest NUMA node the memory belongs to; 0 when the guest has one.',
    },
    {
      name: 'blockMiB',
      label: 'Block size',
      options: BLOCKS,
      hint: 'The steps the guest’s memory grows and shrinks by.',
      when: isVirtioMem,
    },
    {
      name: 'requestedMiB',
      label: 'Requested memory (MiB)',
      hint: 'How much of it the guest uses now; leave empty for all of it.',
      when: isVirtioMem,
    },
  ],
  initial: { model: 'dimm', sizeMiB: '', node: '0', blockMiB: '2', requestedMiB: '' },
  build: (v, errors) => {
    const virtioMem = isVirtioMem(v);
    const block = Number(v['blockMiB'] ?? '2');
    const size = optionalInt(v, 'sizeMiB', 1, 16 * 1024 * 1024);
    if (size === undefined) errors['sizeMiB'] = 'Enter the size in MiB, e.g. 1024.';
    else if (Number.isNaN(size)) errors['sizeMiB'] = 'A size is a whole number of MiB, 1 or more.';
    else if (virtioMem && size % block !== 0) {
      errors['sizeMiB'] =
        `Use a multiple of the block size (${block} MiB), e.g. ${Math.max(block, size - (size % block))}.`;
    }
    const node = optionalInt(v, 'node', 0, 255);
    if (Number.isNaN(node)) errors['node'] = 'A NUMA node is a whole number, 0 or more.';
    const requested = virtioMem ? optionalInt(v, 'requestedMiB', 0, 16 * 1024 * 1024) : undefined;
    if (Number.isNaN(requested)) {
      errors['requestedMiB'] = 'The requested size is a whole number of MiB, 0 or more.';
    } else if (requested !== undefined && size !== undefined && requested > size) {
      errors['requestedMiB'] = `The guest can be given at most the size (${size} MiB).`;
    } else if (requested !== undefined && requested % block !== 0) {
      errors['requestedMiB'] = `Use a multiple of the block size (${block} MiB).`;
    }
    if (!ok(errors) || size === undefined) return undefined;
    return {
      kind: 'memory',
      model: virtioMem ? 'virtio-mem' : 'dimm',
      sizeMiB: size,
      ...(node === undefined ? {} : { node }),
      ...(virtioMem ? { blockMiB: block } : {}),
      ...(requested === undefined ? {} : { requestedMiB: requested }),
    };
  },
};

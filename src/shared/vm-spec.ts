import { z } from 'zod';
import { DeviceSpec, DiskSpec, NicSpec } from './devices';

/**
 * A new VM as the creation wizard describes it. The domain model (src/domain/new-domain.ts)
 * turns it into domain XML with the devices a modern guest expects.
 */

/** libvirt refuses "/" in names (they become file names) and control characters. */
export const VmName = z
  .string()
  .trim()
  .min(1, 'give the VM a name')
  .max(200, 'a VM name has at most 200 characters')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\u0000-\u001f]+$/, 'a VM name cannot contain "/" or control characters');

export const BootFrom = z.discriminatedUnion('from', [
  z.object({ from: z.literal('disk') }),
  z.object({ from: z.literal('cdrom') }),
  z.object({ from: z.literal('network') }),
  /** Direct kernel boot: no bootloader, the host's kernel and initrd files. */
  z.object({
    from: z.literal('kernel'),
    kernel: z.string().min(1),
    initrd: z.string().min(1).optional(),
    cmdline: z.string().optional(),
  }),
]);
export type BootFrom = z.infer<typeof BootFrom>;

/** BIOS, UEFI, or UEFI with Secure Boot and Microsoft's keys enrolled (q35 machines only). */
export const Firmware = z.enum(['bios', 'efi', 'efi-secure']);
export type Firmware = z.infer<typeof Firmware>;

export const NewVmSpec = z.object({
  name: VmName,
  title: z.string().optional(),
  /** The domain type: kvm where the host has it, qemu (emulation) otherwise, test for the test driver. */
  hypervisor: z.string().min(1).default('kvm'),
  arch: z.string().min(1).default('x86_64'),
  /** Left out, the host's default machine type for the arch (q35 for new x86 guests). */
  machine: z.string().min(1).optional(),
  firmware: Firmware.default('bios'),
  memoryMiB: z.number().int().min(16, 'a VM needs at least 16 MiB of memory'),
  vcpus: z.number().int().min(1, 'a VM needs at least one vCPU').max(4096),
  boot: BootFrom.default({ from: 'disk' }),
  disks: z.array(DiskSpec).default([]),
  nics: z.array(NicSpec).default([]),
  /** Any further devices (a TPM, a shared directory, a host device, ...), added last. */
  otherDevices: z.array(DeviceSpec).default([]),
  graphics: z.enum(['vnc', 'spice', 'none']).default('vnc'),
  /** A serial port with a console on it, for the in-window serial console. */
  serialConsole: z.boolean().default(true),
  /** The channel the QEMU guest agent talks over. */
  guestAgent: z.boolean().default(true),
  /** The libosinfo id of the guest OS, e.g. http://debian.org/debian/12, kept in metadata. */
  osinfoId: z.url().optional(),
});
export type NewVmSpec = z.infer<typeof NewVmSpec>;
export type NewVmSpecInput = z.input<typeof NewVmSpec>;

/** Setting names that would hold a secret; the VM definition is readable by any libvirt client. */
const SECRET_NAME = /passw|secret|token|credential|private.?key|api.?key/i;

/**
 * What Virtdeck keeps about a VM inside its definition, under <metadata> in its own
 * namespace: tags, free-form notes and per-VM app settings (name to value). It travels
 * with the VM (migration, backup of the XML) and is never a place for secrets.
 */
export const AppMetadata = z.object({
  tags: z.array(z.string().trim().min(1, 'a tag cannot be empty').max(64)).default([]),
  notes: z.string().max(10_000, 'notes have at most 10,000 characters').optional(),
  settings: z
    .record(z.string(), z.string())
    .superRefine((settings, context) => {
      for (const name of Object.keys(settings)) {
        const problem = !/^[A-Za-z][\w.-]*$/.test(name)
          ? 'a setting name starts with a letter and has letters, digits, ., - and _'
          : SECRET_NAME.test(name)
            ? 'the VM definition is readable by every libvirt client, so it holds no passwords or keys; keep them in the system keyring'
            : undefined;
        if (problem) context.addIssue({ code: 'custom', message: problem, path: [name] });
      }
    })
    .default({}),
});
export type AppMetadata = z.infer<typeof AppMetadata>;
export type AppMetadataInput = z.input<typeof AppMetadata>;

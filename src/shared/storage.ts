import { z } from 'zod';

/** A new storage volume, e.g. the disk image of a new VM. */
export const VolumeSpec = z.object({
  name: z
    .string()
    .min(1, 'give the volume a name')
    .regex(/^[^/]+$/, 'a volume name cannot contain "/"'),
  capacityBytes: z.number().int().positive('a volume needs a size above zero'),
  format: z.enum(['qcow2', 'raw']).default('qcow2'),
  /** Build on another image (a thin copy that records only changes); qcow2 only. */
  backing: z.object({ path: z.string().min(1), format: z.enum(['qcow2', 'raw']) }).optional(),
});
export type VolumeSpec = z.infer<typeof VolumeSpec>;
export type VolumeSpecInput = z.input<typeof VolumeSpec>;

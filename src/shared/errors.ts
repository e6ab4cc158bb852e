import { z } from 'zod';

/**
 * Stable error codes that cross the IPC boundary. The renderer switches on these; the
 * message is for people. When the error came from libvirt, `libvirt` keeps its numbers.
 */
export const ErrorCode = z.enum([
  'validation', // the payload did not match the contract; nothing was changed
  'unknown-method', // the channel is not part of the contract
  'not-found', // the VM, host or device does not exist (any more)
  'operation-invalid', // not possible in the object's current state
  'ambiguous', // a device match named more than one device
  'busy', // the object is in use (a controller with devices on it, a job lock)
  'not-hot-unpluggable', // the device cannot be removed while the VM runs
  'not-hot-pluggable', // the device cannot be added while the VM runs
  'not-removable', // libvirt cannot remove the device, or adds it back to every definition
  'unsupported', // the host or driver cannot do this
  'denied', // read-only connection or host policy
  'connection', // the host cannot be reached or the connection was lost
  'timeout', // no answer in time
  'libvirt', // any other libvirt error; see `libvirt` for its numbers
  'internal', // a bug: the message says what happened
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  libvirt: z.object({ code: z.number(), domain: z.number() }).optional(),
  /** Field-level problems for validation errors: path and message. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** The error type thrown on both sides of the contract. Plain data inside, so it serializes. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly libvirt: { code: number; domain: number } | undefined;
  readonly issues: { path: string; message: string }[] | undefined;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'AppError';
    this.code = shape.code;
    this.libvirt = shape.libvirt;
    this.issues = shape.issues;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.libvirt ? { libvirt: this.libvirt } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

import { z } from 'zod';
import { AppError, type AppErrorShape, type ErrorCode } from '../../shared/errors';
import { VirErr } from '../../shared/libvirt-errors';
import { DriverError } from '../../drivers/driver';

/** libvirt error numbers that have a stable app-level meaning. */
const CODE_BY_LIBVIRT_ERROR = new Map<number, ErrorCode>([
  [VirErr.NO_DOMAIN, 'not-found'],
  [VirErr.NO_NETWORK, 'not-found'],
  [VirErr.NO_STORAGE_POOL, 'not-found'],
  [VirErr.NO_STORAGE_VOL, 'not-found'],
  [VirErr.NO_NODE_DEVICE, 'not-found'],
  [VirErr.DEVICE_MISSING, 'not-found'],
  [VirErr.OPERATION_INVALID, 'operation-invalid'],
  [VirErr.OPERATION_DENIED, 'denied'],
  [VirErr.ACCESS_DENIED, 'denied'],
  [VirErr.AUTH_FAILED, 'denied'],
  [VirErr.OPERATION_TIMEOUT, 'timeout'],
  [VirErr.RESOURCE_BUSY, 'busy'],
  [VirErr.NO_SUPPORT, 'unsupported'],
  [VirErr.OPERATION_UNSUPPORTED, 'unsupported'],
  [VirErr.ARGUMENT_UNSUPPORTED, 'unsupported'],
  [VirErr.CONFIG_UNSUPPORTED, 'unsupported'],
  [VirErr.INVALID_ARG, 'validation'],
  [VirErr.XML_ERROR, 'validation'],
  [VirErr.XML_DETAIL, 'validation'],
  [VirErr.NO_NAME, 'validation'],
]);

/** Turns anything thrown by a handler into the error shape that crosses the boundary. */
export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof DriverError) {
    return {
      code: CODE_BY_LIBVIRT_ERROR.get(error.code) ?? 'libvirt',
      message: error.message,
      libvirt: { code: error.code, domain: error.domain },
    };
  }
  if (error instanceof z.ZodError) return validationError(error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

export function validationError(error: z.ZodError): AppErrorShape {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return { code: 'validation', message: `Invalid request: ${summary}. Nothing was changed.`, issues };
}

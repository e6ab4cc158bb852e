import { z } from 'zod';
import { AppError, type AppErrorShape, type ErrorCode } from '../../shared/errors';
import { libvirtErrorMeaning, VirErr } from '../../shared/libvirt-errors';
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
  if (error instanceof DriverError) return driverErrorShape(error);
  if (error instanceof z.ZodError) return validationError(error);
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

/** What the user can do about a wrong-state error, when libvirt's message does not say. */
const WRONG_STATE_HINT = 'The VM is not in a state that allows this; refresh its state and retry.';

function driverErrorShape(error: DriverError): AppErrorShape {
  const libvirt = { code: error.code, domain: error.domain };
  const meaning = libvirtErrorMeaning(error);
  if (meaning === 'wrong-state') {
    // libvirt's own OPERATION_INVALID already reads as such (and carries the client's hint);
    // the test driver's "internal error: domain 'x' not paused" needs the hint added.
    const message =
      error.code === VirErr.OPERATION_INVALID || error.message.includes(WRONG_STATE_HINT)
        ? error.message
        : `${error.message.replace(/^internal error: /, '')}. ${WRONG_STATE_HINT}`;
    return { code: 'operation-invalid', message, libvirt };
  }
  if (meaning === 'connection-lost') return { code: 'connection', message: error.message, libvirt };
  return {
    code: CODE_BY_LIBVIRT_ERROR.get(error.code) ?? 'libvirt',
    message: error.message,
    libvirt,
  };
}

export function validationError(error: z.ZodError): AppErrorShape {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return {
    code: 'validation',
    message: `Invalid request: ${summary}. Nothing was changed.`,
    issues,
  };
}

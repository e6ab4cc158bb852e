import { DriverError } from '../driver';
import type { RemoteError } from './protocol/types';

/**
 * libvirt failures surface as DriverError (one error type for the whole app), carrying
 * libvirt's virErrorNumber as `code` and virErrorDomain as `domain`. For the errors a user
 * meets most, a hint on what to do is appended to libvirt's own message.
 */

/** virErrorNumber values the client itself raises or gives hints for. */
export const ErrorCode = {
  InternalError: 1,
  NoSupport: 3,
  InvalidArg: 8,
  OperationFailed: 9,
  OperationDenied: 29,
  SystemError: 38,
  Rpc: 39,
  NoDomain: 42,
  AuthFailed: 45,
  OperationInvalid: 55,
  OperationTimeout: 68,
  AgentUnresponsive: 86,
  AccessDenied: 88,
  DeviceMissing: 99,
} as const;

/** virErrorDomain values used here. */
export const ErrorDomain = { Rpc: 7, Remote: 13, Streams: 38 } as const;

const HINTS: Partial<Record<number, string>> = {
  [ErrorCode.NoDomain]: 'The VM was removed or renamed meanwhile; refresh the list.',
  [ErrorCode.OperationInvalid]:
    'The VM is not in a state that allows this; refresh its state and retry.',
  [ErrorCode.OperationDenied]:
    'The connection is read-only; reconnect without read-only access to change things.',
  [ErrorCode.OperationTimeout]:
    'The host is busy with another operation on this VM; retry in a moment.',
  [ErrorCode.AgentUnresponsive]: 'Install and start qemu-guest-agent in the guest.',
  [ErrorCode.AccessDenied]:
    'The host policy (polkit or ACL) denied this; ask the host administrator for access.',
  [ErrorCode.DeviceMissing]: 'The device is already gone; refresh the VM’s devices.',
};

/**
 * libvirt says OPERATION_INVALID for more than a VM in the wrong state: a name another
 * device already has, a network or pool that is not running. Those say what to do instead.
 */
const OPERATION_INVALID_HINTS: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /target '?([\w.-]+)'? already exists/,
    (m) =>
      `Another device of the VM already has target ${m[1] ?? ''}; choose another target, or leave it empty to get the next free one.`,
  ],
  [
    /network '([^']+)' is not active/,
    (m) =>
      `Start the network "${m[1] ?? ''}" on the host first (virsh net-start), or choose another.`,
  ],
  [
    /storage pool '([^']+)' is not active/,
    (m) =>
      `Start the storage pool "${m[1] ?? ''}" on the host first (virsh pool-start), or choose another.`,
  ],
];

function hintFor(code: number, message: string): string | undefined {
  if (code === ErrorCode.OperationInvalid) {
    for (const [pattern, hint] of OPERATION_INVALID_HINTS) {
      const match = pattern.exec(message);
      if (match) return hint(match);
    }
  }
  if (code === ErrorCode.Rpc && /unknown procedure/.test(message)) {
    return 'The host’s libvirt is too old for this operation; upgrade libvirt on the host.';
  }
  if (code === ErrorCode.OperationFailed && /Active console session exists/.test(message)) {
    return 'The console is open elsewhere; open it with the force option to take it over.';
  }
  return HINTS[code];
}

const IN_THE_GUEST =
  'Eject the disc in the guest (e.g. "eject /dev/sr0"), then retry; or change the media in the saved definition, which the VM uses from its next start.';

/**
 * QEMU's refusals of a media change, in QEMU's words only ("Tray of device 'ide0-1-0' is
 * not open"): said instead as what happened and what to do, with QEMU's words after.
 */
const REWRITES: readonly [RegExp, string][] = [
  [
    /Tray of device '[^']+' is not open/,
    `The guest kept the drive's tray closed, so its media could not be changed: a guest that uses the disc (mounted, or its driver holding it) does not open the tray when asked. ${IN_THE_GUEST}`,
  ],
  [
    /Device '[^']+' is locked and force was not specified/,
    `The guest has locked the drive's tray, so its media could not be changed. ${IN_THE_GUEST}`,
  ],
];

/** Turns a remote_error from the daemon into a DriverError with a hint where one helps. */
export function errorFromRemote(err: RemoteError): DriverError {
  const message = err.message ?? err.str1 ?? `libvirt error ${err.code}`;
  const rewrite = REWRITES.find(([pattern]) => pattern.test(message));
  if (rewrite) {
    const said = message.replace(/^internal error: /, '');
    return new DriverError(`${rewrite[1]} (The host said: ${said})`, err.code, err.domain);
  }
  const hint = hintFor(err.code, message);
  return new DriverError(hint ? `${message}. ${hint}` : message, err.code, err.domain);
}

/** The error every pending call and stream gets when the connection goes away. */
export function connectionClosedError(detail: string): DriverError {
  return new DriverError(
    `The connection to libvirt was closed (${detail}); reconnect to continue.`,
    ErrorCode.Rpc,
    ErrorDomain.Rpc,
  );
}

export function rpcError(message: string): DriverError {
  return new DriverError(message, ErrorCode.Rpc, ErrorDomain.Rpc);
}

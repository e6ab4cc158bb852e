/**
 * libvirt's error numbers (virErrorNumber) and domains (virErrorDomain) that the product
 * treats specially. Both drivers raise them, so the demo host fails exactly like libvirt.
 */
export const VirErr = {
  INTERNAL_ERROR: 1,
  NO_SUPPORT: 3,
  OPERATION_FAILED: 9,
  INVALID_ARG: 8,
  NO_NAME: 21,
  XML_ERROR: 27,
  DOM_EXIST: 28,
  XML_DETAIL: 35,
  OPERATION_DENIED: 29,
  SYSTEM_ERROR: 38,
  RPC: 39,
  NO_DOMAIN: 42,
  NO_NETWORK: 43,
  AUTH_FAILED: 45,
  NO_STORAGE_POOL: 49,
  NO_STORAGE_VOL: 50,
  NO_NODE_DEVICE: 53,
  OPERATION_INVALID: 55,
  CONFIG_UNSUPPORTED: 67,
  OPERATION_TIMEOUT: 68,
  ARGUMENT_UNSUPPORTED: 74,
  OPERATION_ABORTED: 78,
  AUTH_CANCELLED: 79,
  NO_DOMAIN_SNAPSHOT: 72,
  NO_DOMAIN_METADATA: 80,
  OPERATION_UNSUPPORTED: 84,
  AGENT_UNRESPONSIVE: 86,
  RESOURCE_BUSY: 87,
  ACCESS_DENIED: 88,
  AUTH_UNAVAILABLE: 94,
  /** A volume name taken in its pool (the storage driver; the test driver says OPERATION_FAILED). */
  STORAGE_VOL_EXIST: 90,
  DEVICE_MISSING: 99,
} as const;

export const VirFrom = {
  NONE: 0,
  QEMU: 10,
  TEST: 12,
  RPC: 7,
  XML: 5,
  DOMAIN: 20,
  STORAGE: 18,
  NETWORK: 19,
  NODEDEV: 22,
  STREAMS: 38,
} as const;

/**
 * What a libvirt error means beyond its number, where the number alone does not say:
 * - 'wrong-state': the domain is not in a state that allows the call. Real drivers say
 *   VIR_ERR_OPERATION_INVALID; the test driver raises VIR_ERR_INTERNAL_ERROR with a message
 *   such as "Domain 'x' is already running" or "domain 'x' not paused".
 * - 'connection-lost': the call failed because the connection to the daemon is gone.
 */
export function libvirtErrorMeaning(error: {
  code: number;
  domain: number;
  message: string;
}): 'wrong-state' | 'connection-lost' | undefined {
  const { code, domain, message } = error;
  if (code === VirErr.OPERATION_INVALID) return 'wrong-state';
  if (code === VirErr.INTERNAL_ERROR && domain === VirFrom.TEST && WRONG_STATE.test(message)) {
    return 'wrong-state';
  }
  if ((code === VirErr.RPC || code === VirErr.INTERNAL_ERROR) && domain === VirFrom.RPC) {
    if (CONNECTION_GONE.test(message)) return 'connection-lost';
  }
  return undefined;
}

const WRONG_STATE =
  /\b(is already running|already active|not paused|not running|is not active|not suspended)\b/i;
const CONNECTION_GONE = /connection to libvirt was closed|client socket is closed/i;

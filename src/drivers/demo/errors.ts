import { DriverError } from '../driver';
import { VirErr, VirFrom } from '../../shared/libvirt-errors';

/**
 * The demo host's failures, worded, numbered and attributed as libvirt 9's test driver
 * reports them (checked against `test+unix:///default`); where the test driver has no such
 * path (devices, consoles), as the QEMU driver does. The message includes libvirt's prefix
 * for the code ("Requested operation is not valid: ..."), as virGetLastErrorMessage does.
 */

const PREFIX = {
  [VirErr.INTERNAL_ERROR]: 'internal error: ',
  [VirErr.OPERATION_INVALID]: 'Requested operation is not valid: ',
  [VirErr.OPERATION_FAILED]: 'operation failed: ',
  [VirErr.OPERATION_UNSUPPORTED]: 'Operation not supported: ',
  [VirErr.NO_DOMAIN]: 'Domain not found: ',
  [VirErr.DEVICE_MISSING]: 'device not found: ',
  [VirErr.XML_ERROR]: 'XML error: ',
  [VirErr.INVALID_ARG]: 'invalid argument: ',
  [VirErr.CONFIG_UNSUPPORTED]: 'unsupported configuration: ',
  [VirErr.NO_STORAGE_POOL]: 'Storage pool not found: ',
  [VirErr.NO_STORAGE_VOL]: 'Storage volume not found: ',
  [VirErr.NO_NETWORK]: 'Network not found: ',
} as const;

function fail(code: keyof typeof PREFIX, from: number, detail: string): DriverError {
  return new DriverError(PREFIX[code] + detail, code, from);
}

export const demoErrors = {
  /** Lookups by UUID or name: the test driver gives no detail at all. */
  noDomainFound: () => new DriverError('Domain not found', VirErr.NO_DOMAIN, VirFrom.TEST),
  /** Any other call on a handle whose domain has gone. */
  noDomainWithUuid: (uuid: string, name?: string) =>
    fail(
      VirErr.NO_DOMAIN,
      VirFrom.TEST,
      `no domain with matching uuid '${uuid}'${name === undefined ? '' : ` (${name})`}`,
    ),

  alreadyRunning: (name: string) =>
    fail(VirErr.INTERNAL_ERROR, VirFrom.TEST, `Domain '${name}' is already running`),
  notRunningNamed: (name: string) =>
    fail(VirErr.INTERNAL_ERROR, VirFrom.TEST, `domain '${name}' not running`),
  notPaused: (name: string) =>
    fail(VirErr.INTERNAL_ERROR, VirFrom.TEST, `domain '${name}' not paused`),
  /** The generic check used by destroy, reboot, live device changes and consoles. */
  /** What QEMU's driver says when a disk image is not there. */
  storageMissing: (path: string) =>
    new DriverError(
      `Cannot access storage file '${path}': No such file or directory`,
      VirErr.SYSTEM_ERROR,
      VirFrom.STORAGE,
    ),
  /** virConnectGetDomainCapabilities for a guest the host cannot run. */
  unsupportedGuest: (what: string) =>
    fail(VirErr.CONFIG_UNSUPPORTED, VirFrom.QEMU, `the host does not support ${what}`),
  notRunning: () => fail(VirErr.OPERATION_INVALID, VirFrom.DOMAIN, 'domain is not running'),
  undefineTransient: () =>
    fail(VirErr.OPERATION_INVALID, VirFrom.DOMAIN, 'cannot undefine transient domain'),
  transientConfig: () =>
    fail(
      VirErr.OPERATION_INVALID,
      VirFrom.DOMAIN,
      'cannot change persistent config of a transient domain',
    ),

  nameTaken: (name: string, uuid: string) =>
    fail(
      VirErr.OPERATION_FAILED,
      VirFrom.DOMAIN,
      `domain '${name}' already exists with uuid ${uuid}`,
    ),
  uuidTaken: (name: string, uuid: string) =>
    fail(
      VirErr.OPERATION_FAILED,
      VirFrom.DOMAIN,
      `domain '${name}' is already defined with uuid ${uuid}`,
    ),
  missingName: () => new DriverError('missing name information', VirErr.NO_NAME, VirFrom.DOMAIN),
  wrongRoot: (expected: string, actual: string) =>
    fail(VirErr.XML_ERROR, VirFrom.XML, `expecting root element of '${expected}', not '${actual}'`),
  badXmlValue: (detail: string) => fail(VirErr.XML_ERROR, VirFrom.DOMAIN, detail),
  /** libxml2's report as libvirt relays it: "(domain_definition):LINE: REASON", the line, a caret. */
  malformedXml: (
    what: 'domain' | 'device',
    source: string,
    reason: string,
    line: number,
    column: number,
  ) => {
    const text = source.split('\n')[line - 1] ?? '';
    const caret = ' '.repeat(Math.max(0, column - 1)) + '^';
    const message = `(${what}_definition):${line}: ${reason}\n${text}\n${caret}`;
    return new DriverError(message, VirErr.XML_DETAIL, VirFrom.DOMAIN);
  },
  unknownDeviceType: (name: string) =>
    fail(VirErr.XML_ERROR, VirFrom.DOMAIN, `unknown device type '${name}'`),

  deviceMissing: (detail: string) => fail(VirErr.DEVICE_MISSING, VirFrom.DOMAIN, detail),
  targetExists: (target: string) =>
    fail(VirErr.OPERATION_INVALID, VirFrom.DOMAIN, `target ${target} already exists`),
  macExists: (mac: string) => fail(VirErr.INVALID_ARG, VirFrom.DOMAIN, `mac ${mac} already exists`),
  /** virChrdevOpen's refusal while another client holds the console. */
  consoleBusy: () =>
    fail(VirErr.OPERATION_FAILED, VirFrom.DOMAIN, 'Active console session exists for this domain'),
  ambiguousDevice: (detail: string) => fail(VirErr.OPERATION_FAILED, VirFrom.DOMAIN, detail),
  liveUnsupported: (action: 'attach' | 'detach', kind: string) =>
    fail(
      VirErr.OPERATION_UNSUPPORTED,
      VirFrom.QEMU,
      `live ${action} of device '${kind}' is not supported`,
    ),
  spicevmcWithoutSpice: () =>
    fail(
      VirErr.CONFIG_UNSUPPORTED,
      VirFrom.QEMU,
      "chardev 'spicevmc' not supported without spice graphics",
    ),
  graphicsPerType: () =>
    fail(
      VirErr.CONFIG_UNSUPPORTED,
      VirFrom.QEMU,
      'only 1 graphics device of each type (sdl, vnc, spice, headless, dbus) is supported',
    ),
  /** Memory modules: reported by the device's parse (no prefix), then by the attach. */
  memoryWithoutNuma: () =>
    new DriverError(
      "can't add memory backend as guest has no NUMA nodes configured",
      VirErr.XML_DETAIL,
      VirFrom.DOMAIN,
    ),
  memoryNodeMissing: (node: string, cells: number) =>
    new DriverError(
      `can't add memory backend for guest node '${node}' as the guest has only '${cells}' NUMA nodes configured`,
      VirErr.XML_DETAIL,
      VirFrom.DOMAIN,
    ),
  memoryWithoutMaxMemory: () =>
    fail(
      VirErr.CONFIG_UNSUPPORTED,
      VirFrom.DOMAIN,
      "cannot use/hotplug a memory device when domain 'maxMemory' is not defined",
    ),
  noFreeMemorySlot: () =>
    fail(VirErr.CONFIG_UNSUPPORTED, VirFrom.QEMU, 'no free memory device slot available'),
  memoryAboveMax: (sizeKiB: number, maxKiB: number) =>
    fail(
      VirErr.CONFIG_UNSUPPORTED,
      VirFrom.DOMAIN,
      `Attaching memory device with size '${sizeKiB}' would exceed domain's maxMemory config size '${maxKiB}'`,
    ),
  notHotpluggable: (what: string, verb: 'hotplugged' | 'hotunplugged') =>
    fail(VirErr.OPERATION_UNSUPPORTED, VirFrom.QEMU, `${what} cannot be ${verb}.`),
  /** libvirt's QEMU driver, for a vhost-user device (virtiofs) in unshared guest memory. */
  requiresSharedMemory: (what: string) =>
    fail(VirErr.CONFIG_UNSUPPORTED, VirFrom.QEMU, `'${what}' requires shared memory`),
  persistentUnsupported: (action: 'attach' | 'detach', kind: string) =>
    fail(
      VirErr.OPERATION_UNSUPPORTED,
      VirFrom.QEMU,
      `persistent ${action} of device '${kind}' is not supported`,
    ),
  updateUnsupported: (kind: string, scope: 'live' | 'persistent') =>
    fail(
      VirErr.OPERATION_UNSUPPORTED,
      VirFrom.QEMU,
      `${scope} update of device '${kind}' is not supported`,
    ),
  noNetwork: (name: string) =>
    fail(VirErr.NO_NETWORK, VirFrom.NETWORK, `no network with matching name '${name}'`),
  networkActive: () => fail(VirErr.OPERATION_INVALID, VirFrom.NETWORK, 'network is already active'),
  networkInactive: (name: string) =>
    fail(VirErr.OPERATION_INVALID, VirFrom.NETWORK, `network '${name}' is not active`),
  noPool: (name: string) =>
    fail(VirErr.NO_STORAGE_POOL, VirFrom.STORAGE, `no storage pool with matching name '${name}'`),
  poolInactive: (name: string) =>
    fail(VirErr.OPERATION_INVALID, VirFrom.STORAGE, `storage pool '${name}' is not active`),
  volumeExists: () => fail(VirErr.OPERATION_FAILED, VirFrom.STORAGE, 'storage vol already exists'),
  noVolume: (name: string) =>
    fail(VirErr.NO_STORAGE_VOL, VirFrom.STORAGE, `no storage vol with matching name '${name}'`),
  poolFull: (name: string) =>
    fail(
      VirErr.INTERNAL_ERROR,
      VirFrom.STORAGE,
      `Not enough free space in pool for volume '${name}'`,
    ),
  badVolumeXml: (detail: string) => fail(VirErr.XML_ERROR, VirFrom.STORAGE, detail),
  noCharDevice: (devName: string) =>
    fail(VirErr.INTERNAL_ERROR, VirFrom.QEMU, `cannot find character device ${devName}`),
};

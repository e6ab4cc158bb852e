import { defineView } from '../model/view';
import { kibibytes, str } from '../model/props';
import { deviceInfo } from './device';

/** <tpm>: a TPM, emulated (swtpm) or passed through from the host. */
export class TpmDevice extends defineView({
  ...deviceInfo,
  /** tpm-tis, tpm-crb, tpm-spapr, spapr-tpm-proxy */
  model: str('@model'),
  /** emulator, passthrough or external */
  backendType: str('backend/@type'),
  /** 1.2 or 2.0 */
  backendVersion: str('backend/@version'),
  /** For passthrough: the host TPM, e.g. /dev/tpm0. */
  backendDevicePath: str('backend/device/@path'),
}) {}

/** <watchdog>: a watchdog timer and what libvirt does when the guest stops feeding it. */
export class WatchdogDevice extends defineView({
  ...deviceInfo,
  /** i6300esb, ib700, diag288, itco */
  model: str('@model'),
  /** reset, shutdown, poweroff, pause, none, dump, inject-nmi */
  action: str('@action'),
}) {}

/** <panic>: how the guest reports a kernel panic to the host (isa, pseries, hyperv, s390). */
export class PanicDevice extends defineView({
  ...deviceInfo,
  model: str('@model'),
}) {}

/** <nvram>: the NVRAM of a pSeries guest; it has only an address. */
export class NvramDevice extends defineView({ ...deviceInfo }) {}

/** <pstore>: a persistent store for guest crash logs (ACPI ERST). */
export class PstoreDevice extends defineView({
  ...deviceInfo,
  backend: str('@backend'),
  path: str('path'),
  sizeKiB: kibibytes('size'),
}) {}

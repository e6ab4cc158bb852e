import { alpineRouter } from './alpine';
import { debianServer } from './debian';
import { fedoraWorkstation } from './fedora';
import { freebsdBuild } from './freebsd';
import { LEGACY_NAS_MISSING_IMAGE, legacyNas } from './legacy-nas';
import type { SeedVm } from './types';
import { ubuntuDev } from './ubuntu';
import { windows11 } from './windows';

export type { GuestProfile, SeedVm } from './types';
export { guestProfileFor } from './types';
export { scaleVm } from './scale';

/** The demo host's standing VMs, in the order a fresh host lists them. */
export const SEED_VMS: readonly SeedVm[] = [
  fedoraWorkstation,
  debianServer,
  ubuntuDev,
  windows11,
  alpineRouter,
  freebsdBuild,
  legacyNas,
];

/** Disk images the demo host's storage does not have: VMs using them fail to start. */
export const MISSING_IMAGES: ReadonlySet<string> = new Set([LEGACY_NAS_MISSING_IMAGE]);

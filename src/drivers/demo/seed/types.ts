import type { VmState } from '../../../shared/dto';

/** What the demo host pretends about the software inside a VM. */
export interface GuestProfile {
  /** Decides the console's dialect: a Linux or FreeBSD shell, or silence (Windows). */
  family: 'linux' | 'freebsd' | 'windows';
  /** The getty's greeting before the login prompt; {host}, {kernel} and {tty} are filled in. */
  issue: string;
  /** `uname -r` inside the guest. */
  kernel: string;
  /** Fraction of its vCPUs the guest keeps busy on average (0..1). */
  cpuLoad: number;
  /**
   * How the guest answers a live detach: lets the device go (device-removed), never
   * answers (the removal stays pending), or refuses (device-removal-failed, device stays).
   */
  unplug: 'releases' | 'ignores' | 'refuses';
}

export interface SeedVm {
  xml: string;
  /** The state the demo host starts the VM in. */
  state: Extract<VmState, 'running' | 'paused' | 'shutoff'>;
  guest: GuestProfile;
}

/**
 * The guest a VM defined through the API gets, chosen by its libosinfo OS id: a Windows id
 * gets a silent console, a FreeBSD id FreeBSD's, anything else a generic Linux.
 */
export function guestProfileFor(osId: string | undefined): GuestProfile {
  const base: GuestProfile = {
    family: 'linux',
    issue: 'Linux {host} {tty}',
    kernel: '6.1.0-27-amd64',
    cpuLoad: 0.1,
    unplug: 'releases',
  };
  if (osId?.startsWith('http://microsoft.com/win/'))
    return { ...base, family: 'windows', issue: '', kernel: '10.0' };
  if (osId?.startsWith('http://freebsd.org/')) {
    return {
      ...base,
      family: 'freebsd',
      issue: 'FreeBSD/amd64 ({host}) ({tty})',
      kernel: '14.1-RELEASE',
    };
  }
  return base;
}

/**
 * Human names for libosinfo OS ids (http://fedoraproject.org/fedora/40 → "Fedora 40"),
 * the ids virt-install, virt-manager and cockpit store in a domain's metadata.
 */
const VENDOR_NAMES: Record<string, string> = {
  'fedoraproject.org/fedora': 'Fedora',
  'debian.org/debian': 'Debian',
  'ubuntu.com/ubuntu': 'Ubuntu',
  'microsoft.com/win': 'Windows',
  'alpinelinux.org/alpinelinux': 'Alpine Linux',
  'freebsd.org/freebsd': 'FreeBSD',
  'redhat.com/rhel': 'Red Hat Enterprise Linux',
  'centos.org/centos-stream': 'CentOS Stream',
  'rockylinux.org/rocky': 'Rocky Linux',
  'almalinux.org/almalinux': 'AlmaLinux',
  'archlinux.org/archlinux': 'Arch Linux',
  'opensuse.org/opensuse': 'openSUSE',
  'nixos.org/nixos': 'NixOS',
  'openbsd.org/openbsd': 'OpenBSD',
  'netbsd.org/netbsd': 'NetBSD',
  'libosinfo.org/linux': 'Linux',
};

/** Versions libosinfo spells in its own way. */
const VERSION_NAMES: Record<string, string> = {
  'microsoft.com/win/2k22': 'Server 2022',
  'archlinux.org/archlinux/rolling': '',
  'libosinfo.org/linux/2022': '(generic, 2022)',
};

export function osLabelFromId(id: string): string {
  const path = id.replace(/^https?:\/\//, '');
  const slash = path.lastIndexOf('/');
  const family = slash > 0 ? path.slice(0, slash) : path;
  const version = slash > 0 ? path.slice(slash + 1) : '';
  const vendor = VENDOR_NAMES[family];
  const shownVersion = VERSION_NAMES[path] ?? version;
  if (vendor) return shownVersion ? `${vendor} ${shownVersion}` : vendor;
  const generic = VENDOR_NAMES[path];
  if (generic) return generic;
  return path;
}

/**
 * The operating systems the New VM wizard offers, as libosinfo ids. No osinfo-db is
 * installed on the hosts this was built on (no /usr/share/osinfo, no npm package of it),
 * so this is a short built-in list of common systems; a host's osinfo-db could replace it.
 * Labels come from osLabelFromId, so the wizard and the VM list's OS column agree.
 */
export const COMMON_OS_IDS: readonly string[] = [
  'http://debian.org/debian/12',
  'http://debian.org/debian/11',
  'http://ubuntu.com/ubuntu/24.04',
  'http://ubuntu.com/ubuntu/22.04',
  'http://fedoraproject.org/fedora/40',
  'http://redhat.com/rhel/9.4',
  'http://centos.org/centos-stream/9',
  'http://rockylinux.org/rocky/9',
  'http://almalinux.org/almalinux/9',
  'http://opensuse.org/opensuse/15.6',
  'http://archlinux.org/archlinux/rolling',
  'http://alpinelinux.org/alpinelinux/3.20',
  'http://nixos.org/nixos/24.05',
  'http://freebsd.org/freebsd/14.1',
  'http://openbsd.org/openbsd/7.5',
  'http://microsoft.com/win/11',
  'http://microsoft.com/win/10',
  'http://microsoft.com/win/2k22',
  'http://libosinfo.org/linux/2022',
];

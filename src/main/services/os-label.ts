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

export function osLabelFromId(id: string): string {
  const path = id.replace(/^https?:\/\//, '');
  const slash = path.lastIndexOf('/');
  const family = slash > 0 ? path.slice(0, slash) : path;
  const version = slash > 0 ? path.slice(slash + 1) : '';
  const vendor = VENDOR_NAMES[family];
  if (vendor) return version ? `${vendor} ${version}` : vendor;
  const generic = VENDOR_NAMES[path];
  if (generic) return generic;
  return path;
}

#!/usr/bin/env bash
# Builds the test guest: Debian's cloud kernel plus a busybox initramfs whose /init gives a
# root shell on the serial port. Offline: it only reads installed packages
# (linux-image-cloud-amd64, busybox-static). Idempotent: when the output is newer than
# every input it does nothing, so callers may run it before every test run.
#
# Output (default .cache/test-guest/ in the repository, or $VIRTDECK_TEST_GUEST_DIR):
#   vmlinuz        the kernel, for direct kernel boot
#   initrd.gz      the initramfs
#   cmdline        the kernel command line to boot with
#
# Usage: scripts/test-guest/build.sh [--force]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${VIRTDECK_TEST_GUEST_DIR:-$repo/.cache/test-guest}"
busybox=/bin/busybox
# The virtio drivers the tests exercise, plus what turns ACPI's power button into a
# poweroff so that a graceful shutdown works. Their dependencies come from modules.dep.
wanted_modules=(virtio_pci virtio_blk virtio_net virtio_console virtio_balloon button evdev)

die() { echo "build.sh: $*" >&2; exit 1; }

kernel="$(ls -1 /boot/vmlinuz-*-cloud-amd64 2>/dev/null | sort -V | tail -n 1 || true)"
[[ -n "$kernel" ]] || die "no /boot/vmlinuz-*-cloud-amd64: apt-get install linux-image-cloud-amd64"
[[ -r "$kernel" ]] || die "cannot read $kernel (run as root, or chmod o+r it)"
release="${kernel#/boot/vmlinuz-}"
moddir="/lib/modules/$release"
[[ -f "$moddir/modules.dep" ]] || die "no $moddir/modules.dep for kernel $release"
[[ -x "$busybox" ]] || die "no $busybox: apt-get install busybox-static"
ldd "$busybox" >/dev/null 2>&1 && die "$busybox is dynamically linked: install busybox-static"

inputs=("$kernel" "$busybox" "$moddir/modules.dep" "$here/init.sh" "$here/build.sh")
if [[ "${1:-}" != "--force" && -f "$out/initrd.gz" && -f "$out/vmlinuz" && -f "$out/cmdline" ]]; then
  stale=0
  for input in "${inputs[@]}"; do
    [[ "$input" -nt "$out/initrd.gz" ]] && stale=1
  done
  ((stale)) || exit 0
fi

# Prints a module's dependencies (depth first), then the module itself, as paths
# relative to $moddir. Lines may repeat; the caller keeps the first of each.
module_closure() {
  local name="$1" line path deps dep
  line="$(grep -E "/${name}\.ko(\.[a-z]+)?:" "$moddir/modules.dep" | head -n 1)" ||
    die "module $name is not in $moddir/modules.dep (built in? check /boot/config-$release)"
  path="${line%%:*}"
  deps="${line#*:}"
  for dep in $deps; do
    dep="$(basename "$dep")"
    module_closure "${dep%%.ko*}"
  done
  echo "$path"
}

# Build next to the output so the final moves are renames on one filesystem.
mkdir -p "$(dirname "$out")"
work="$(mktemp -d "$out.build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,mnt,lib/modules}

cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
  [[ "$applet" == busybox ]] || ln -s busybox "$root/bin/$applet"
done

# Copy the modules and record their load order for /init (insmod needs it, modprobe would
# need a full depmod tree).
declare -A seen=()
for module in "${wanted_modules[@]}"; do
  while read -r path; do
    [[ -n "${seen[$path]:-}" ]] && continue
    seen[$path]=1
    cp "$moddir/$path" "$root/lib/modules/"
    basename "$path" >>"$root/lib/modules/load-order"
  done < <(module_closure "$module")
done

install -m 0755 "$here/init.sh" "$root/init"

mkdir -p "$out"
(cd "$root" && find . -print0 | cpio --null --create --format=newc --owner=0:0 --quiet) |
  gzip -9 >"$work/initrd.gz"
cp "$kernel" "$work/vmlinuz"
# quiet keeps the kernel's messages off the console the tests read; panic=-1 turns a
# crashed /init into a reboot rather than a hang.
echo "console=ttyS0 quiet panic=-1" >"$work/cmdline"
# Move into place last, initrd.gz (the freshness marker) at the very end.
chmod 0644 "$work/vmlinuz" "$work/initrd.gz" "$work/cmdline"
mv -f "$work/vmlinuz" "$out/vmlinuz"
mv -f "$work/cmdline" "$out/cmdline"
mv -f "$work/initrd.gz" "$out/initrd.gz"
echo "test guest built in $out (kernel $release)"

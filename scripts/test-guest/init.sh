#!/bin/sh
# /init of the test guest's initramfs (see build.sh). Runs as PID 1: sets up the kernel's
# filesystems, loads the virtio drivers, arms ACPI power-off and keeps a root shell on the
# serial console. Tests recognise the shell by its prompt, "guest# ".

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /tmp

while read -r module; do
  insmod "/lib/modules/$module" || echo "init: could not load $module"
done </lib/modules/load-order

# Nothing else in this guest listens to the ACPI power button, so a graceful shutdown
# (libvirt's default, and how `reboot` works too) would otherwise be ignored. Any event from
# the button's input device powers the guest off at once; there is no state to save.
for device in /sys/class/input/event*; do
  if [ "$(cat "$device/device/name" 2>/dev/null)" = "Power Button" ]; then
    (dd if="/dev/input/${device##*/}" bs=64 count=1 >/dev/null 2>&1 && poweroff -f) &
  fi
done

hostname guest
export PS1='guest# ' HOME=/ PATH=/bin TERM=vt100
echo "virtdeck test guest ready"

# The shell gets ttyS0 as its controlling terminal (cttyhack), so Ctrl+C works; if it
# exits, a new one starts.
while :; do
  setsid cttyhack sh -i
done

import type { Duplex } from 'node:stream';
import { diskIndex } from './aliases';
import { openConsoleSession } from './console';
import type { ConsoleGuest } from './console';
import { devicesOf } from './domain-xml';
import { macOf, targetOf } from './devices';
import { demoErrors } from './errors';
import { requestGuestTask } from './guest';
import type { DemoHost } from './host';
import type { DemoVm } from './vm';
import { attr, childElements } from './xml/tree';

/** The names a client may ask for: the console, or a serial port, by alias. */
const SERIAL_NAMES = new Set(['console0', 'serial0']);

/**
 * Opens the VM's serial console, as virDomainOpenConsole would, onto the pretend guest. As
 * in libvirt, one client holds a console at a time; `force` takes it from the holder.
 */
export function openDemoConsole(
  host: DemoHost,
  vm: DemoVm,
  devName: string | undefined,
  force: boolean,
): Duplex {
  if (!vm.active) throw demoErrors.notRunning();
  const devices = devicesOf(vm.liveTree());
  const hasSerial =
    childElements(devices, 'serial').length > 0 || childElements(devices, 'console').length > 0;
  if (!hasSerial || (devName !== undefined && !SERIAL_NAMES.has(devName))) {
    throw demoErrors.noCharDevice(devName ?? 'console0');
  }
  if (vm.consoles.size > 0 && !force) throw demoErrors.consoleBusy();
  for (const holder of [...vm.consoles]) {
    vm.consoles.delete(holder);
    holder.takenOver();
  }
  const guest: ConsoleGuest = {
    hostname: vm.name,
    family: vm.guest.family,
    issue: vm.guest.issue,
    kernel: vm.guest.kernel,
    disks: () =>
      childElements(devicesOf(vm.liveTree()), 'disk').map((disk) => ({
        name: targetOf(disk),
        kind: attr(disk, 'device') === 'cdrom' ? 'rom' : 'disk',
        sizeGiB: attr(disk, 'device') === 'cdrom' ? 2 : 10 * (1 + diskIndex(targetOf(disk))),
      })),
    nics: () =>
      childElements(devicesOf(vm.liveTree()), 'interface').map((nic, i) => ({
        name: `enp${i + 1}s0`,
        mac: macOf(nic) ?? '00:00:00:00:00:00',
      })),
    request: (kind) => {
      if (vm.active) requestGuestTask(host, vm, kind);
    },
  };
  const session = openConsoleSession(guest, () => vm.consoles.delete(session));
  vm.consoles.add(session);
  return session.stream;
}

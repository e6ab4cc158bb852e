import { aliasOf } from './aliases';
import { devicesOf } from './domain-xml';
import { removeDevice } from './devices';
import { DETAIL, emitLifecycle } from './host';
import type { DemoHost } from './host';
import { REASON } from './vm';
import type { DemoVm } from './vm';
import { childElements } from './xml/tree';

/**
 * The pretend guest's side of things: it answers ACPI requests and unplug requests after a
 * while, and only while its vCPUs run (a paused guest does nothing until resumed).
 */

/** (Re)starts the timers for whatever the guest has been asked to do. */
export function scheduleGuestWork(host: DemoHost, vm: DemoVm): void {
  if (vm.state !== 'running') return;
  const task = vm.guestTask;
  if (task !== undefined && task.cancelTimer === undefined) {
    const delay = task.kind === 'shutdown' ? host.timings.shutdownMs : host.timings.rebootMs;
    task.cancelTimer = host.timers.after(delay, () => {
      vm.guestTask = undefined;
      if (task.kind === 'shutdown') powerOff(host, vm);
      else resetGuest(host, vm);
    });
  }
  if (vm.guest.unplug === 'ignores') return;
  const answer = vm.guest.unplug === 'refuses' ? refuseUnplug : finishUnplug;
  for (const unplug of vm.pendingUnplugs.values()) {
    unplug.cancelTimer ??= host.timers.after(host.timings.unplugMs, () =>
      answer(host, vm, unplug.alias),
    );
  }
}

/** Stops the guest's timers (it was paused or stopped); the requests stay pending. */
export function holdGuestWork(vm: DemoVm): void {
  if (vm.guestTask !== undefined) {
    vm.guestTask.cancelTimer?.();
    vm.guestTask.cancelTimer = undefined;
  }
  for (const unplug of vm.pendingUnplugs.values()) {
    unplug.cancelTimer?.();
    unplug.cancelTimer = undefined;
  }
}

/** The guest asks for a request of its own (ACPI button, `reboot` typed in a shell). */
export function requestGuestTask(host: DemoHost, vm: DemoVm, kind: 'shutdown' | 'reboot'): void {
  // A second request while one is under way changes nothing, as pressing the button twice.
  if (vm.guestTask !== undefined) return;
  vm.guestTask = { kind, cancelTimer: undefined };
  scheduleGuestWork(host, vm);
}

/** The guest has finished shutting down: QEMU reports SHUTDOWN, then exits. */
export function powerOff(host: DemoHost, vm: DemoVm): void {
  vm.state = 'shutdown';
  vm.reason = REASON.shutdownUser;
  emitLifecycle(host, vm, 'shutdown', DETAIL.shutdownGuest);
  vm.guestTask = {
    kind: 'shutdown',
    cancelTimer: host.timers.after(host.timings.teardownMs, () => stopDomain(host, vm, 'shutdown')),
  };
}

/** The domain is gone: shut off, or removed altogether when it was transient. */
export function stopDomain(host: DemoHost, vm: DemoVm, how: 'shutdown' | 'destroyed'): void {
  vm.counters.advance(host.now(), vm.state === 'running', vm.bootedWith.vcpus, vm.guest.cpuLoad);
  holdGuestWork(vm);
  vm.guestTask = undefined;
  vm.pendingUnplugs.clear();
  vm.state = 'shutoff';
  vm.reason = how === 'shutdown' ? REASON.shutoffShutdown : REASON.shutoffDestroyed;
  vm.id = -1;
  vm.dropLive();
  for (const session of [...vm.consoles]) session.domainStopped();
  vm.consoles.clear();
  emitLifecycle(
    host,
    vm,
    'stopped',
    how === 'shutdown' ? DETAIL.stoppedShutdown : DETAIL.stoppedDestroyed,
  );
  if (!vm.persistent) host.forget(vm);
}

/** A reset finishes every pending unplug, even in a guest that ignored the request. */
function resetGuest(host: DemoHost, vm: DemoVm): void {
  host.emit({ kind: 'reboot', uuid: vm.uuid, name: vm.name });
  for (const alias of [...vm.pendingUnplugs.keys()]) finishUnplug(host, vm, alias);
  for (const session of vm.consoles) session.guestReset();
}

function finishUnplug(host: DemoHost, vm: DemoVm, alias: string): void {
  if (!vm.pendingUnplugs.delete(alias) || !vm.active) return;
  const devices = devicesOf(vm.liveTree());
  const device = childElements(devices).find((d) => aliasOf(d) === alias);
  if (device === undefined) return;
  removeDevice(devices, device);
  host.emit({ kind: 'device-removed', uuid: vm.uuid, name: vm.name, alias });
}

/** The guest said no (QEMU's DEVICE_UNPLUG_GUEST_ERROR): the device stays. */
function refuseUnplug(host: DemoHost, vm: DemoVm, alias: string): void {
  if (!vm.pendingUnplugs.delete(alias) || !vm.active) return;
  host.emit({ kind: 'device-removal-failed', uuid: vm.uuid, name: vm.name, alias });
}

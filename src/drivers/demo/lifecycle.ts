import { checkDisplaysAtStart } from './attach-rules';
import { demoErrors } from './errors';
import { holdGuestWork, requestGuestTask, scheduleGuestWork, stopDomain } from './guest';
import { DETAIL, emitLifecycle } from './host';
import type { DemoHost } from './host';
import { MISSING_IMAGES } from './seed';
import { REASON } from './vm';
import type { DemoVm } from './vm';

/**
 * The lifecycle calls, with the checks and errors of libvirt's test driver: start, suspend,
 * resume and shutdown complain in the test driver's words; destroy and reboot use
 * libvirt's generic "domain is not running" check. Unlike the test driver, shutdown and
 * reboot take a while: the guest has to act on them, as a real one does.
 */

export function startDomain(host: DemoHost, vm: DemoVm): void {
  if (vm.active) throw demoErrors.alreadyRunning(vm.name);
  const missing = vm.diskImages().find((path) => MISSING_IMAGES.has(path));
  if (missing !== undefined) throw demoErrors.storageMissing(missing);
  checkDisplaysAtStart(vm.config.tree);
  bootDomain(host, vm, 'running');
  emitLifecycle(host, vm, 'started', DETAIL.startedBooted);
}

/** Makes a domain active without events: used by start and by the host's initial state. */
export function bootDomain(host: DemoHost, vm: DemoVm, state: 'running' | 'paused'): void {
  vm.id = host.nextDomainId();
  vm.state = state;
  vm.reason = state === 'running' ? REASON.runningBooted : REASON.pausedUser;
  vm.dropLive();
  vm.bootedWith = vm.facts;
  vm.counters.reset(host.now());
}

export function shutdownDomain(host: DemoHost, vm: DemoVm): void {
  if (!vm.active) throw demoErrors.notRunningNamed(vm.name);
  // A paused guest cannot see the ACPI event yet; it acts on it once resumed.
  requestGuestTask(host, vm, 'shutdown');
}

export function rebootDomain(host: DemoHost, vm: DemoVm): void {
  if (!vm.active) throw demoErrors.notRunning();
  requestGuestTask(host, vm, 'reboot');
}

export function destroyDomain(host: DemoHost, vm: DemoVm): void {
  if (!vm.active) throw demoErrors.notRunning();
  stopDomain(host, vm, 'destroyed');
}

export function suspendDomain(host: DemoHost, vm: DemoVm): void {
  if (vm.state !== 'running') throw demoErrors.notRunningNamed(vm.name);
  vm.counters.advance(host.now(), true, vm.bootedWith.vcpus, vm.guest.cpuLoad);
  holdGuestWork(vm);
  vm.state = 'paused';
  vm.reason = REASON.pausedUser;
  emitLifecycle(host, vm, 'suspended', DETAIL.suspendedPaused);
}

export function resumeDomain(host: DemoHost, vm: DemoVm): void {
  if (vm.state !== 'paused') throw demoErrors.notPaused(vm.name);
  // Time spent paused is not CPU time: restart the counters' clock from now.
  vm.counters.advance(host.now(), false, vm.bootedWith.vcpus, vm.guest.cpuLoad);
  vm.state = 'running';
  vm.reason = REASON.runningUnpaused;
  emitLifecycle(host, vm, 'resumed', DETAIL.resumedUnpaused);
  scheduleGuestWork(host, vm);
}

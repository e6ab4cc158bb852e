import type { DriverEvent, LifecycleEventType } from '../driver';
import type { DemoTimings } from './options';
import type { Timers } from './timers';
import type { DemoVm } from './vm';

/** What the lifecycle, device and console code needs from the host that owns the VMs. */
export interface DemoHost {
  readonly timings: DemoTimings;
  readonly timers: Timers;
  now(): number;
  /** The id the next started domain gets (libvirt counts up from 1). */
  nextDomainId(): number;
  emit(event: DriverEvent): void;
  /** Drops a transient domain that stopped. */
  forget(vm: DemoVm): void;
}

/** libvirt's virDomainEvent*DetailType numbers the demo host emits. */
export const DETAIL = {
  definedAdded: 0,
  definedUpdated: 1,
  undefinedRemoved: 0,
  startedBooted: 0,
  suspendedPaused: 0,
  resumedUnpaused: 0,
  stoppedShutdown: 0,
  stoppedDestroyed: 1,
  shutdownGuest: 1,
} as const;

export function emitLifecycle(
  host: DemoHost,
  vm: DemoVm,
  event: LifecycleEventType,
  detail: number,
): void {
  host.emit({ kind: 'lifecycle', uuid: vm.uuid, name: vm.name, event, detail });
}

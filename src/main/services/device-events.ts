import type { Driver, DriverEvent } from '../../drivers/driver';

type DeviceEventKind = 'device-added' | 'device-removed' | 'device-removal-failed';
export type DeviceEvent = Extract<DriverEvent, { kind: DeviceEventKind }>;

/** Device events of one domain, collected from the moment `watchDeviceEvents` is called. */
export interface DeviceEventWatch {
  /**
   * The first collected event that `accept` takes (including ones that arrived before this
   * call), or undefined when none has come within `timeoutMs`.
   */
  next(
    accept: (event: DeviceEvent) => boolean,
    timeoutMs: number,
  ): Promise<DeviceEvent | undefined>;
  stop(): void;
}

/**
 * Starts listening for a domain's device events. Call it BEFORE sending the request: libvirt
 * may deliver DEVICE_ADDED or DEVICE_REMOVED before the API call has returned.
 */
export function watchDeviceEvents(driver: Driver, uuid: string): DeviceEventWatch {
  const seen: DeviceEvent[] = [];
  const waiters = new Set<() => void>();
  const unsubscribe = driver.onEvent((event) => {
    if (!isDeviceEvent(event) || event.uuid !== uuid) return;
    seen.push(event);
    for (const wake of waiters) wake();
  });
  return {
    next(accept, timeoutMs) {
      return new Promise((resolve) => {
        const check = (): boolean => {
          const found = seen.find(accept);
          if (!found) return false;
          finish(found);
          return true;
        };
        const finish = (event: DeviceEvent | undefined): void => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(event);
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => finish(undefined), timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    stop: unsubscribe,
  };
}

export function isDeviceEvent(event: DriverEvent): event is DeviceEvent {
  return (
    event.kind === 'device-added' ||
    event.kind === 'device-removed' ||
    event.kind === 'device-removal-failed'
  );
}

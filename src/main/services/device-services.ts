import type { Driver } from '../../drivers/driver';
import type { EventHub } from '../ipc/event-hub';
import type { HostRegistry } from './host-registry';
import { DeviceService } from './device-service';

/**
 * One DeviceService per host connection. A reconnect opens a new driver, and with it a
 * new service that takes over the unfinished removals of the lost connection and checks
 * them against the live definitions at once: the events that would have finished them
 * may have been sent while the connection was down.
 */
export class DeviceServices {
  readonly #byHost = new Map<string, { driver: Driver; service: DeviceService }>();

  constructor(
    private readonly hosts: HostRegistry,
    private readonly events: EventHub,
    private readonly confirmTimeoutMs: number,
  ) {
    hosts.onReconnected((hostId) => {
      // Only hosts whose devices were looked at have removals to carry over.
      if (this.#byHost.has(hostId)) this.forHost(hostId);
    });
  }

  forHost(hostId: string): DeviceService {
    const { driver } = this.hosts.session(hostId);
    const current = this.#byHost.get(hostId);
    if (current?.driver === driver) return current.service;
    current?.service.close();
    const service = new DeviceService(driver, {
      confirmTimeoutMs: this.confirmTimeoutMs,
      onChange: (uuid) => {
        this.events.emit('device.changed', { hostId, uuid });
        // The VM's summary and details (its disks' media) come from its definition too.
        void this.hosts
          .session(hostId)
          .definitionChanged(uuid)
          .catch(() => undefined);
      },
      ...(current ? { removals: current.service.removals } : {}),
    });
    this.#byHost.set(hostId, { driver, service });
    if (current) void service.recheckRemovals().catch(() => undefined);
    return service;
  }
}

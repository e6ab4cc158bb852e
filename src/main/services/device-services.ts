import type { Driver } from '../../drivers/driver';
import type { EventHub } from '../ipc/event-hub';
import type { HostRegistry } from './host-registry';
import { DeviceService } from './device-service';

/**
 * One DeviceService per connected host connection. A reconnect opens a new driver, and
 * with it a new service: unfinished removals of a lost connection cannot be confirmed any
 * more, and the device list shows the host's state again.
 */
export class DeviceServices {
  readonly #byDriver = new WeakMap<Driver, DeviceService>();

  constructor(
    private readonly hosts: HostRegistry,
    private readonly events: EventHub,
    private readonly confirmTimeoutMs: number,
  ) {}

  forHost(hostId: string): DeviceService {
    const { driver } = this.hosts.session(hostId);
    let service = this.#byDriver.get(driver);
    if (!service) {
      service = new DeviceService(driver, {
        confirmTimeoutMs: this.confirmTimeoutMs,
        onChange: (uuid) => this.events.emit('device.changed', { hostId, uuid }),
      });
      this.#byDriver.set(driver, service);
    }
    return service;
  }
}

import { join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { DemoHostServer, demoOptionsFromEnv } from '../drivers/demo';
import type { Driver } from '../drivers/driver';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { EventHub } from './ipc/event-hub';
import { createHandlers } from './ipc/handlers';
import { ConsoleService } from './services/console-service';
import { DisplayService } from './services/display-service';
import { DeviceServices } from './services/device-services';
import { openHostDriver } from './services/driver-factory';
import { HostRegistry, type DriverFactory, type HostDefinition } from './services/host-registry';
import { HostStore } from './services/host-store';
import { HostsService, type ConfirmLocalProgram } from './services/hosts-service';
import { VmCreateService } from './services/vm-create';

export interface AppCoreOptions {
  /** Environment to read settings from (VIRTDECK_HOSTS, VIRTDECK_DEMO_VMS, ...). */
  env?: NodeJS.ProcessEnv;
  /**
   * Where hosts.json and known_hosts (SSH host keys the user trusted) live; without it,
   * added hosts and trusted keys are not remembered.
   */
  configDir?: string;
  /** Stats sampling interval; 0 turns it off (unit tests sample by hand). */
  statsIntervalMs?: number;
  /** Replaces how hosts are opened (tests). */
  openDriver?: DriverFactory;
  /** Hosts to open at start, instead of the configured ones. */
  hosts?: HostDefinition[];
  /**
   * How long a live device removal waits for the guest before it is "removal pending"
   * (default: VIRTDECK_DEVICE_CONFIRM_TIMEOUT_MS, else 10 s).
   */
  deviceConfirmTimeoutMs?: number;
  /** The shell's own question before a host added from the window starts a local program. */
  confirmLocalProgram?: ConfirmLocalProgram;
}

export interface AppCore {
  dispatch: Dispatch;
  events: EventHub;
  hosts: HostRegistry;
  /** Graphical console sessions; the shells hand their WebSockets to it. */
  displays: DisplayService;
  /** Resolves once every start-up host has connected or failed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Everything the app does, independent of the shell it runs in: the Electron window, the
 * browser mode's WebSocket server and the in-process tests all talk to one AppCore.
 */
export function createAppCore(options: AppCoreOptions = {}): AppCore {
  const env = options.env ?? process.env;
  const events = new EventHub();
  const knownHostsFile = options.configDir ? join(options.configDir, 'known_hosts') : undefined;
  const demoHost = new DemoHostServer(demoOptionsFromEnv(env));
  const openDriver: DriverFactory =
    options.openDriver ??
    ((host): Promise<Driver> => openHostDriver(host, env, knownHostsFile, demoHost));
  const hosts = new HostRegistry(openDriver, events, options.statsIntervalMs ?? 1000);
  const store = options.configDir ? new HostStore(options.configDir) : undefined;
  const hostsService = new HostsService(hosts, store, env, options.confirmLocalProgram);
  const confirmTimeoutMs =
    options.deviceConfirmTimeoutMs ?? (Number(env['VIRTDECK_DEVICE_CONFIRM_TIMEOUT_MS']) || 10_000);
  const devices = new DeviceServices(hosts, events, confirmTimeoutMs);
  const consoles = new ConsoleService(hosts, events);
  const displays = new DisplayService(hosts, events);
  const dispatch = createDispatcher(
    createHandlers({
      hosts,
      hostsService,
      version: packageJson.version,
      devices,
      consoles,
      vmCreate: new VmCreateService(hosts),
      displays,
    }),
  );
  const ready = (options.hosts ? Promise.resolve(options.hosts) : hostsService.startupHosts())
    .then((startHosts) => Promise.all(startHosts.map((host) => hosts.add(host))))
    .then(() => undefined);
  return {
    dispatch,
    events,
    hosts,
    displays,
    ready,
    close: async () => {
      await ready.catch(() => undefined);
      displays.closeAll();
      await consoles.closeAll();
      await hosts.closeAll();
      await demoHost.close();
    },
  };
}

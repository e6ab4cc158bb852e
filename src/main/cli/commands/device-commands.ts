import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { DeviceScope, Driver } from '../../../drivers/driver';
import { uuidToString } from '../../../drivers/libvirt';
import { commandFailure, lookupDomain, print, printJson, withSession } from './session';

interface ScopeOptions {
  live?: boolean;
  config?: boolean;
}

/**
 * attach-device and detach-device. With neither --live nor --config the change applies to
 * the domain's current state (live when it runs, its definition when it does not), as in
 * virsh. A live detach only asks the guest to let go of the device: it is gone when the
 * device-removed event arrives (watch with `virtdeck event --loop`).
 */
export function registerDeviceCommands(program: Command): void {
  registerDeviceCommand(
    program,
    'attach-device',
    'attach',
    'attached',
    (driver, uuid, xml, scope) => driver.attachDevice(uuid, xml, scope),
  );
  registerDeviceCommand(
    program,
    'detach-device',
    'detach',
    'detached',
    (driver, uuid, xml, scope) => driver.detachDevice(uuid, xml, scope),
  );
}

function registerDeviceCommand(
  program: Command,
  name: string,
  verb: string,
  done: string,
  act: (driver: Driver, uuid: string, xml: string, scope: DeviceScope) => Promise<void>,
): void {
  program
    .command(name)
    .description(`${verb} a device from an XML file`)
    .argument('<domain>', 'name, UUID or id')
    .argument('<file>', 'the device element, e.g. <disk> or <interface>')
    .option('--live', 'affect the running domain')
    .option('--config', 'affect the persistent definition')
    .action((text: string, file: string, options: ScopeOptions, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const dom = await lookupDomain(client, text);
        const scope = { live: options.live ?? false, config: options.config ?? false };
        await readFile(file, 'utf8')
          .then((xml) => act(driver, uuidToString(dom.uuid), xml, scope))
          .catch((error: unknown) => {
            throw commandFailure(`Failed to ${verb} device from ${file}`, error);
          });
        if (json)
          return printJson({ name: dom.name, uuid: uuidToString(dom.uuid), action: name, scope });
        print(`Device ${done} successfully\n\n`);
      }),
    );
}

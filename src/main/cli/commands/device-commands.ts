import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { DeviceScope, Driver } from '../../../drivers/driver';
import { uuidToString } from '../../../drivers/libvirt';
import { commandFailure, lookupDomain, print, printJson, withSession } from './session';

interface DeviceOptions {
  live?: boolean;
  config?: boolean;
  wait?: boolean;
  timeout?: string;
}

const DEFAULT_WAIT_SECONDS = 30;

/**
 * attach-device and detach-device. With neither --live nor --config the change applies to
 * the domain's current state (live when it runs, its definition when it does not), as in
 * virsh. A live detach only asks the guest to let go of the device: it is gone when the
 * device-removed event arrives. `detach-device --wait` waits for that event (or for
 * device-removal-failed, or the timeout) before it reports success.
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
  const subcommand = program
    .command(name)
    .description(`${verb} a device from an XML file`)
    .argument('<domain>', 'name, UUID or id')
    .argument('<file>', 'the device element, e.g. <disk> or <interface>')
    .option('--live', 'affect the running domain')
    .option('--config', 'affect the persistent definition');
  if (verb === 'detach') {
    subcommand
      .option('--wait', 'wait until the running guest has released the device')
      .option('--timeout <seconds>', `how long --wait waits (default ${DEFAULT_WAIT_SECONDS})`);
  }
  subcommand.action((text: string, file: string, options: DeviceOptions, command: Command) =>
    withSession(command, async ({ client, driver, json }) => {
      const dom = await lookupDomain(client, text);
      const uuid = uuidToString(dom.uuid);
      const scope = { live: options.live ?? false, config: options.config ?? false };
      const fail = (error: unknown): never => {
        throw commandFailure(`Failed to ${verb} device from ${file}`, error);
      };
      // Listening starts before the request, so the event cannot slip past.
      const removal = options.wait
        ? deviceRemoval(driver, uuid, waitSeconds(options.timeout))
        : undefined;
      try {
        const xml = await readFile(file, 'utf8');
        await act(driver, uuid, xml, scope);
      } catch (error) {
        removal?.cancel();
        fail(error);
      }
      const alias = removal ? await removal.outcome.catch(fail) : undefined;
      if (json)
        return printJson({
          name: dom.name,
          uuid,
          action: name,
          scope,
          ...(alias ? { alias } : {}),
        });
      print(`Device ${done} successfully\n\n`);
    }),
  );
}

function waitSeconds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WAIT_SECONDS;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw commandFailure(`invalid timeout '${text}': give a whole number of seconds`);
  }
  return seconds;
}

/**
 * The first device-removed (resolves with the alias) or device-removal-failed (rejects)
 * event of one domain, or a rejection after `seconds`: the device then stays attached
 * until the guest lets go of it.
 */
function deviceRemoval(
  driver: Driver,
  uuid: string,
  seconds: number,
): { outcome: Promise<string>; cancel: () => void } {
  let cancel = (): void => undefined;
  const outcome = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      cancel();
      reject(
        new Error(
          `the guest has not released the device within ${seconds} s; it stays attached (removal pending) until the guest lets go`,
        ),
      );
    }, seconds * 1000);
    const stop = driver.onEvent((event) => {
      if (!('uuid' in event) || event.uuid !== uuid) return;
      if (event.kind === 'device-removed') {
        cancel();
        resolve(event.alias);
      } else if (event.kind === 'device-removal-failed') {
        cancel();
        reject(new Error(`the guest refused to release device '${event.alias}'`));
      }
    });
    cancel = () => {
      clearTimeout(timer);
      stop();
    };
  });
  // The caller awaits this only after the detach call returns; mark it handled meanwhile.
  outcome.catch(() => undefined);
  return { outcome, cancel };
}

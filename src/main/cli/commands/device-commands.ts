import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { DeviceScope, Driver } from '../../../drivers/driver';
import { uuidToString } from '../../../drivers/libvirt';
import type { LibvirtClient } from '../../../drivers/libvirt';
import type { DetachOutcome } from '../../../shared/ipc/contract';
import { DeviceService } from '../../services/device-service';
import { commandFailure, lookupDomain, print, printJson, withSession } from './session';

interface ScopeOptions {
  live?: boolean;
  config?: boolean;
}

interface DetachOptions extends ScopeOptions {
  /** true for a bare --wait, the seconds for --wait SECONDS. */
  wait?: boolean | string;
  timeout?: string;
}

const DEFAULT_WAIT_SECONDS = 30;

/**
 * attach-device and detach-device. With neither --live nor --config the change applies to
 * the domain's current state (live when it runs, its definition when it does not), as in
 * virsh. detach-device goes through the app's device service: the element is matched
 * against the definitions first (a missing, ambiguous or busy device is refused before
 * anything is sent), and a live removal is reported done only on the hypervisor's
 * device-removed event. `--wait SECONDS` waits that long for it.
 */
export function registerDeviceCommands(program: Command): void {
  program
    .command('attach-device')
    .description('attach a device from an XML file')
    .argument('<domain>', 'name, UUID or id')
    .argument('<file>', 'the device element, e.g. <disk> or <interface>')
    .option('--live', 'affect the running domain')
    .option('--config', 'affect the persistent definition')
    .action((text: string, file: string, options: ScopeOptions, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const dom = await lookupDomain(client, text);
        const uuid = uuidToString(dom.uuid);
        const scope = { live: options.live ?? false, config: options.config ?? false };
        await readFile(file, 'utf8')
          .then((xml) => driver.attachDevice(uuid, xml, scope))
          .catch((error: unknown) => {
            throw commandFailure(`Failed to attach device from ${file}`, error);
          });
        if (json) return printJson({ name: dom.name, uuid, action: 'attach-device', scope });
        print('Device attached successfully\n\n');
      }),
    );
  program
    .command('detach-device')
    .description('detach a device from an XML file; a live detach is done when the guest lets go')
    .argument('<domain>', 'name, UUID or id')
    .argument('<file>', 'the device element, e.g. <disk> or <interface>')
    .option('--live', 'affect the running domain')
    .option('--config', 'affect the persistent definition')
    .option(
      '--wait [seconds]',
      `wait until the guest has released the device (default ${DEFAULT_WAIT_SECONDS} s); exit 2 if it has not`,
    )
    .option('--timeout <seconds>', 'how long --wait waits (the same as --wait SECONDS)')
    .action((text: string, file: string, options: DetachOptions, command: Command) =>
      withSession(command, ({ client, driver, json }) =>
        detachDevice(client, driver, json, text, file, options),
      ),
    );
}

async function detachDevice(
  client: LibvirtClient,
  driver: Driver,
  json: boolean,
  text: string,
  file: string,
  options: DetachOptions,
): Promise<void> {
  const dom = await lookupDomain(client, text);
  const uuid = uuidToString(dom.uuid);
  const wait =
    options.wait === undefined && options.timeout === undefined ? undefined : waitSeconds(options);
  // Without --wait, only an event that beats the API reply confirms the removal.
  const service = new DeviceService(driver, { confirmTimeoutMs: (wait ?? 0) * 1000 });
  let outcome: DetachOutcome;
  try {
    const xml = await readFile(file, 'utf8');
    outcome = await service.detachXml(uuid, xml, await scopeOf(driver, uuid, options));
  } catch (error) {
    throw commandFailure(`Failed to detach device from ${file}`, error);
  } finally {
    service.close();
  }
  if (json) {
    printJson({ name: dom.name, uuid, action: 'detach-device', ...outcome });
  } else if (outcome.status !== 'pending') {
    print('Device detached successfully\n\n');
  } else if (wait === undefined) {
    print(
      'Device detach requested: removal pending until the guest releases it (--wait SECONDS waits for it)\n\n',
    );
  }
  if (outcome.status === 'pending' && wait !== undefined) {
    if (!json) {
      process.stderr.write(
        `error: removal pending: the guest has not released the device within ${wait} s; it stays attached until the guest lets go\n`,
      );
    }
    throw new RemovalPending();
  }
}

/** virsh's "current" when neither flag is given: live for a running domain, else config. */
async function scopeOf(driver: Driver, uuid: string, options: ScopeOptions): Promise<DeviceScope> {
  if (options.live || options.config)
    return { live: options.live ?? false, config: options.config ?? false };
  const running = (await driver.lookupDomain(uuid)).id !== -1;
  return { live: running, config: !running };
}

function waitSeconds(options: DetachOptions): number {
  const text = typeof options.wait === 'string' ? options.wait : options.timeout;
  if (text === undefined) return DEFAULT_WAIT_SECONDS;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw commandFailure(`invalid timeout '${text}': give a whole number of seconds`);
  }
  return seconds;
}

/** Exit status 2: the request stands, but the guest has not released the device (yet). */
class RemovalPending extends Error {
  readonly exitCode = 2;
  constructor() {
    super('removal pending');
  }
}

import type { Command } from 'commander';
import { registerConsoleCommand } from './commands/console-command';
import { registerDeviceCommands } from './commands/device-commands';
import { registerDomainCommands } from './commands/domain-commands';
import { registerEventCommand } from './commands/event-command';
import { registerListCommand } from './commands/list-command';

/**
 * The commands that talk to a libvirt daemon, named and shaped after virsh's: list,
 * dominfo, dumpxml, define, undefine, start, shutdown, reboot, destroy, suspend, resume,
 * attach-device, detach-device, event, console and domstats. DOM is a name, UUID or id.
 *
 * Global options: -c/--connect URI (default $LIBVIRT_DEFAULT_URI, else qemu:///system)
 * and --json for machine-readable output.
 */
export function registerConnectionCommands(program: Command): void {
  program
    .option(
      '-c, --connect <uri>',
      'libvirt URI to connect to (default: $LIBVIRT_DEFAULT_URI or qemu:///system)',
    )
    .option('--json', 'print JSON instead of text, for scripts');
  registerListCommand(program);
  registerDomainCommands(program);
  registerDeviceCommands(program);
  registerEventCommand(program);
  registerConsoleCommand(program);
}

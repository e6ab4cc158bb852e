import type { Command } from 'commander';
import type { Duplex } from 'node:stream';
import { uuidToString } from '../../../drivers/libvirt';
import { commandFailure, lookupDomain, print, withSession } from './session';

/** Ctrl+] leaves the console, as in virsh and telnet. */
const ESCAPE = 0x1d;

/**
 * `console`: connects the terminal to a domain's serial console. The terminal goes raw so
 * every key (Ctrl+C included) reaches the guest; Ctrl+] leaves. Standard input may also
 * be a pipe, for scripts: the session ends when it ends.
 */
export function registerConsoleCommand(program: Command): void {
  program
    .command('console')
    .description("connect to a domain's serial console (Ctrl+] leaves)")
    .argument('<domain>', 'name, UUID or id')
    .option('--devname <alias>', 'a console or serial device other than the first, e.g. serial1')
    .action((text: string, options: { devname?: string }, command: Command) =>
      withSession(command, async ({ client, driver }) => {
        const dom = await lookupDomain(client, text);
        const console = await driver
          .openConsole(uuidToString(dom.uuid), options.devname)
          .catch((error: unknown) => {
            throw commandFailure(`Failed to open the console of domain '${dom.name}'`, error);
          });
        print(`Connected to domain '${dom.name}'\nEscape character is ^] (Ctrl + ])\n`);
        await relayTerminal(console);
        print('\n');
      }),
    );
}

/** Copies the terminal to the console and back until Ctrl+], the end of input or the console's end. */
function relayTerminal(console: Duplex): Promise<void> {
  const { stdin, stdout } = process;
  const raw = stdin.isTTY;
  return new Promise((resolve, reject) => {
    const fromTerminal = (chunk: Buffer): void => {
      const escape = chunk.indexOf(ESCAPE);
      if (escape === -1) {
        console.write(chunk);
        return;
      }
      if (escape > 0) console.write(chunk.subarray(0, escape));
      finish();
    };
    const fromConsole = (chunk: Buffer): void => {
      stdout.write(chunk);
    };
    const failed = (error: Error): void => finish(error);
    const finish = (error?: Error): void => {
      stdin.off('data', fromTerminal).off('end', ended);
      console.off('data', fromConsole).off('end', ended).off('error', failed);
      if (raw) stdin.setRawMode(false);
      stdin.pause();
      // Paused, a stdin that is a socket (as node's child_process gives) still keeps the
      // process alive; nothing reads it any more, so let it go.
      stdin.unref();
      if (error) {
        console.destroy();
        reject(error);
        return;
      }
      // The finish handshake tells the daemon the session is over, so the console is free at once.
      console.once('error', () => undefined);
      console.end(() => resolve());
      console.once('close', () => resolve());
    };
    const ended = (): void => finish();
    if (raw) stdin.setRawMode(true);
    stdin.on('data', fromTerminal).on('end', ended).resume();
    console.on('data', fromConsole).on('end', ended).on('error', failed);
  });
}

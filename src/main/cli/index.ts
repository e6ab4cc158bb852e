import { Command } from 'commander';
import { registerConnectionCommands } from './connection-commands';
import { registerXmlCommands } from './xml-commands';

/**
 * The `virtdeck` command. Each family of subcommands lives in its own module and
 * registers itself here; this file only wires them and maps failures to exit codes.
 */
export function buildProgram(): Command {
  const program = new Command('virtdeck')
    .description('Virtdeck: manage virtual machines through libvirt')
    .showHelpAfterError();
  registerConnectionCommands(program);
  registerXmlCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    const code = (error as { exitCode?: unknown }).exitCode;
    if (typeof code === 'number') return code; // commander already printed help or the error
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(process.argv[1], 'file://').href) {
  process.exitCode = await main(process.argv.slice(2));
}

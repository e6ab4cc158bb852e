import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { prepareDetach } from '../../domain/devices/detach';
import { deviceMatchFromXml } from '../../domain/devices/match-xml';
import { DomainXml } from '../../domain/domain-xml';
import { parseXmlDocuments } from '../../domain/xml/parse';
import { serializeDocument, serializeElement } from '../../domain/xml/serialize';
import { isAppError } from '../../shared/errors';

/**
 * `virtdeck xml`: the domain model on local files, without a libvirt connection.
 *
 *   virtdeck xml roundtrip FILE...              each document, parsed and written back
 *   virtdeck xml find-device DOMAIN.xml MATCH.xml [--live]
 *
 * find-device takes MATCH.xml as `virsh detach-device` takes a device (only the fields
 * that identify it) and prints the device exactly as the definition has it, after the
 * checks a detach makes (with --live, the hot-unplug rules too). Exit status: 0 on
 * success; 2 when the match fails (not-found, ambiguous, busy, not-removable,
 * not-hot-unpluggable), with "error: CODE: MESSAGE" on stderr; 1 when a file cannot be read or is not well-formed.
 */
export function registerXmlCommands(program: Command): void {
  const xml = program.command('xml').description('read and check libvirt XML files offline');
  xml
    .command('roundtrip')
    .description('parse each document and write it back to standard output')
    .argument('<file...>', 'libvirt XML files (domain, network, pool, volume, snapshot, ...)')
    .action(async (files: string[]) => {
      for (const file of files) {
        const text = await readInput(file);
        const documents = parse(file, () => parseXmlDocuments(text));
        for (const document of documents) process.stdout.write(serializeDocument(document));
      }
    });
  xml
    .command('find-device')
    .description('print the device of DOMAIN.xml that the partial device in MATCH.xml names')
    .argument('<domain.xml>', 'a domain definition')
    .argument('<match.xml>', "a partial device, e.g. <disk><target dev='vdb'/></disk>")
    .option('--live', 'also apply the rules for removing a device from a running VM')
    .action(async (domainFile: string, matchFile: string, options: { live?: boolean }) => {
      const [domainText, matchText] = await Promise.all([
        readInput(domainFile),
        readInput(matchFile),
      ]);
      const domain = parse(domainFile, () => DomainXml.parse(domainText));
      const match = parse(matchFile, () => deviceMatchFromXml(matchText));
      try {
        const plan = prepareDetach(domain, match, options.live === true);
        process.stdout.write(`${serializeElement(plan.device.element)}\n`);
      } catch (error) {
        if (!isAppError(error)) throw error;
        fail(`${error.code}: ${error.message}`, 2);
      }
    });
}

/** Ends the command with an exit status; main() returns it without printing more. */
class ExitStatus extends Error {
  constructor(readonly exitCode: number) {
    super(`exit status ${exitCode}`);
  }
}

function fail(message: string, exitCode: number): never {
  process.stderr.write(`error: ${message}\n`);
  throw new ExitStatus(exitCode);
}

async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    fail(`${file}: cannot read the file (${reason})`, 1);
  }
}

/** Runs a parse; bad input (malformed XML, the wrong document) exits 1 naming the file. */
function parse<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    fail(`${file}: ${error.message}`, 1);
  }
}

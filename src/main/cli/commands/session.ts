import type { Command } from 'commander';
import { DriverError } from '../../../drivers/driver';
import { LibvirtDriver } from '../../../drivers/libvirt/libvirt-driver';
import { connect, uuidFromString } from '../../../drivers/libvirt';
import type { Domain, LibvirtClient } from '../../../drivers/libvirt';
import { VirErr } from '../../../shared/libvirt-errors';
import { canonicalUuid } from '../../../shared/uuid';

/** What every connection command gets: one open connection, as a Driver and as the raw client. */
export interface CliSession {
  uri: string;
  client: LibvirtClient;
  driver: LibvirtDriver;
  /** --json: print machine-readable output instead of virsh's text. */
  json: boolean;
}

interface GlobalOptions {
  connect?: string;
  json?: boolean;
}

/** The URI virsh would use: -c, else $LIBVIRT_DEFAULT_URI, else the local system QEMU. */
export function connectionUri(options: GlobalOptions): string {
  return options.connect ?? process.env.LIBVIRT_DEFAULT_URI ?? 'qemu:///system';
}

/**
 * Opens the connection named by the global options, runs `body` and closes the
 * connection, also when `body` fails. A failure to connect reads as virsh's does.
 */
export async function withSession<T>(
  command: Command,
  body: (session: CliSession) => Promise<T>,
): Promise<T> {
  const options = command.optsWithGlobals<GlobalOptions>();
  const uri = connectionUri(options);
  let client: LibvirtClient;
  try {
    client = await connect(uri);
  } catch (error) {
    throw commandFailure(`failed to connect to the hypervisor '${uri}'`, error);
  }
  const driver = new LibvirtDriver(client);
  try {
    return await body({ uri, client, driver, json: options.json ?? false });
  } finally {
    await driver.close();
  }
}

/**
 * An error whose message is printed as virsh prints one: what failed, then libvirt's
 * reason, each on its own "error: " line (main() adds the first prefix).
 */
export function commandFailure(what: string, cause?: unknown): Error {
  if (cause === undefined) return new Error(what);
  const reason =
    cause instanceof Error
      ? cause.message
      : typeof cause === 'string'
        ? cause
        : JSON.stringify(cause);
  return new Error(`${what}\nerror: ${reason}`, { cause });
}

/** Exits with status 1 and no further message (the command printed what it had to say). */
export class SilentFailure extends Error {
  readonly exitCode = 1;
  constructor() {
    super('the command failed');
  }
}

/**
 * Finds a domain as virsh does: an id if DOM is a number, then a UUID if it looks like
 * one, then a name. Each miss falls through to the next way.
 */
export async function lookupDomain(client: LibvirtClient, text: string): Promise<Domain> {
  const attempts: (() => Promise<Domain>)[] = [];
  if (/^\d+$/.test(text)) attempts.push(() => client.domainLookupByID(Number(text)));
  const uuid = canonicalUuid(text);
  if (uuid !== undefined) attempts.push(() => client.domainLookupByUUID(uuidFromString(uuid)));
  attempts.push(() => client.domainLookupByName(text));
  for (const attempt of attempts) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof DriverError && error.code === VirErr.NO_DOMAIN)) throw error;
    }
  }
  throw commandFailure(`failed to get domain '${text}'`);
}

/** Writes to standard output. */
export function print(text: string): void {
  process.stdout.write(text);
}

/** Prints a value as indented JSON, with 64-bit counters as numbers (strings beyond 2^53). */
export function printJson(value: unknown): void {
  print(
    `${JSON.stringify(
      value,
      (_key, item: unknown) =>
        typeof item === 'bigint'
          ? item <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(item)
            : item.toString()
          : item,
      2,
    )}\n`,
  );
}

import type { Command } from 'commander';
import type { DriverEvent } from '../../../drivers/driver';
import { uuidToString } from '../../../drivers/libvirt';
import { formatEvent, formatTimestamp } from './format';
import { DOMAIN_EVENT_KINDS, type DomainDriverEvent } from '../../../drivers/driver';
import { SilentFailure, commandFailure, lookupDomain, print, withSession } from './session';

interface EventOptions {
  loop?: boolean;
  timeout?: string;
  timestamp?: boolean;
  domain?: string;
  event?: string;
}


/**
 * `event`: prints domain events as they arrive (lifecycle, reboot, device added, removed
 * and removal failed, metadata change). Like virsh it stops after the first event unless
 * --loop is given, at the timeout, or on Ctrl+C, then prints how many it saw; with none
 * by the timeout it exits with status 1. `--all` is accepted, and ignored, for virsh's
 * sake: all kinds are the default here.
 */
export function registerEventCommand(program: Command): void {
  program
    .command('event')
    .description('print domain events as they happen')
    .option('--loop', 'keep printing events (until the timeout or Ctrl+C)')
    .option('--timeout <seconds>', 'stop after this many seconds')
    .option('--timestamp', 'prefix each event with the time it arrived')
    .option('--domain <domain>', 'only the events of this domain (name, UUID or id)')
    .option('--event <kind>', `only this kind of event: ${DOMAIN_EVENT_KINDS.join(', ')}`)
    .option('--all', 'every kind of event (the default)')
    .action((options: EventOptions, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const timeoutMs = parseTimeout(options.timeout);
        const onlyKind = parseKind(options.event);
        const onlyUuid = options.domain
          ? uuidToString((await lookupDomain(client, options.domain)).uuid)
          : undefined;
        let received = 0;
        const outcome = await new Promise<'done' | 'timeout' | DriverEvent>((resolve) => {
          const finish = (result: 'done' | 'timeout' | DriverEvent): void => {
            unsubscribe();
            clearTimeout(timer);
            process.off('SIGINT', interrupt);
            resolve(result);
          };
          const interrupt = (): void => finish('done');
          const timer =
            timeoutMs === undefined ? undefined : setTimeout(() => finish('timeout'), timeoutMs);
          process.on('SIGINT', interrupt);
          const unsubscribe = driver.onEvent((event) => {
            if (event.kind === 'closed') return finish(event);
            if (onlyUuid && event.uuid !== onlyUuid) return;
            if (onlyKind && event.kind !== onlyKind) return;
            received++;
            printEvent(event, options, json);
            if (!options.loop) finish('done');
          });
        });
        if (typeof outcome === 'object' && outcome.kind === 'closed') {
          throw commandFailure('the connection to the hypervisor was closed', outcome.message);
        }
        if (json) {
          print(`${JSON.stringify({ received, timedOut: outcome === 'timeout' })}\n`);
        } else {
          if (outcome === 'timeout') print('event loop timed out\n');
          print(`events received: ${received}\n\n`);
        }
        if (received === 0) throw new SilentFailure();
      }),
    );
}

function printEvent(event: DomainDriverEvent, options: EventOptions, json: boolean): void {
  const now = new Date();
  if (json) {
    print(
      `${JSON.stringify({ ...(options.timestamp ? { time: now.toISOString() } : {}), ...event })}\n`,
    );
    return;
  }
  print(`${options.timestamp ? formatTimestamp(now) : ''}${formatEvent(event)}\n`);
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw commandFailure(`invalid timeout '${text}': give a whole number of seconds`);
  return seconds * 1000;
}

function parseKind(text: string | undefined): DomainDriverEvent['kind'] | undefined {
  if (text === undefined) return undefined;
  const kind = DOMAIN_EVENT_KINDS.find((known) => known === text);
  if (!kind)
    throw commandFailure(`unknown event type '${text}': use one of ${DOMAIN_EVENT_KINDS.join(', ')}`);
  return kind;
}

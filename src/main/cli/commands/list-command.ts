import type { Command } from 'commander';
import type { DomainRecord } from '../../../drivers/driver';
import { STATE_LABELS, formatTable } from './format';
import { print, printJson, withSession } from './session';

interface ListOptions {
  all?: boolean;
  inactive?: boolean;
  name?: boolean;
  uuid?: boolean;
}

/** `list`: the running domains, or the inactive or all ones, as virsh's table or bare names and UUIDs. */
export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('list running domains (--all: every domain, --inactive: the shut-off ones)')
    .option('--all', 'running and inactive domains')
    .option('--inactive', 'inactive domains only')
    .option('--name', 'print only names, one per line')
    .option('--uuid', 'print only UUIDs (with --name: UUID, then name)')
    .action((options: ListOptions, command: Command) =>
      withSession(command, async ({ driver, json }) => {
        const wanted = (dom: DomainRecord): boolean =>
          options.all === true || (options.inactive === true ? dom.id === -1 : dom.id !== -1);
        const domains = (await driver.listDomains()).filter(wanted).sort(virshOrder);
        if (json) return printJson(domains);
        if (options.name || options.uuid) {
          const line = (dom: DomainRecord): string =>
            [options.uuid ? dom.uuid : undefined, options.name ? dom.name : undefined]
              .filter(Boolean)
              .join(' ');
          return print(`${domains.map((dom) => `${line(dom)}\n`).join('')}\n`);
        }
        const rows = domains.map((dom) => [
          dom.id === -1 ? '-' : String(dom.id),
          dom.name,
          STATE_LABELS[dom.state],
        ]);
        print(formatTable(['Id', 'Name', 'State'], rows));
      }),
    );
}

/** virsh's order: running domains by id, then the others by name, ignoring case. */
function virshOrder(a: DomainRecord, b: DomainRecord): number {
  if (a.id !== -1 && b.id !== -1) return a.id - b.id;
  if (a.id !== -1 || b.id !== -1) return a.id === -1 ? 1 : -1;
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Driver } from '../../../drivers/driver';
import { DomainStatsTypes, uuidToString } from '../../../drivers/libvirt';
import { vmStateFromNumber } from '../../../drivers/libvirt/libvirt-driver-stats';
import { STATE_LABELS, formatFields, formatTypedValue } from './format';
import { domainSecurity } from './security-label';
import { commandFailure, lookupDomain, print, printJson, withSession } from './session';

/** dominfo, dumpxml, define, undefine, domstats and the lifecycle commands. */
export function registerDomainCommands(program: Command): void {
  program
    .command('dominfo')
    .description('show basic information about a domain')
    .argument('<domain>', 'name, UUID or id')
    .action((text: string, _options: unknown, command: Command) =>
      withSession(command, async ({ client, json }) => {
        const dom = await lookupDomain(client, text);
        const [info, osType, persistent, autostart, managedSave, security] = await Promise.all([
          client.domainGetInfo(dom),
          client.domainGetOSType(dom),
          client.domainIsPersistent(dom),
          client.domainGetAutostart(dom),
          client.domainHasManagedSaveImage(dom, 0),
          domainSecurity(client, dom),
        ]);
        const facts = {
          id: dom.id,
          name: dom.name,
          uuid: uuidToString(dom.uuid),
          osType,
          state: vmStateFromNumber(info.state),
          cpus: info.nrVirtCpu,
          cpuTimeNs: info.cpuTime,
          maxMemoryKiB: info.maxMem,
          usedMemoryKiB: info.memory,
          persistent: persistent === 1,
          autostart: autostart === 1,
          managedSave: managedSave === 1,
          securityModel: security.model,
          securityDoi: security.doi,
          securityLabel: security.label,
          securityEnforcing: security.enforcing,
        };
        if (json) return printJson(facts);
        const fields: [string, string][] = [
          ['Id', dom.id === -1 ? '-' : String(dom.id)],
          ['Name', facts.name],
          ['UUID', facts.uuid],
          ['OS Type', osType],
          ['State', STATE_LABELS[facts.state]],
          ['CPU(s)', String(info.nrVirtCpu)],
        ];
        if (info.cpuTime !== 0n)
          fields.push(['CPU time', `${(Number(info.cpuTime) / 1e9).toFixed(1)}s`]);
        fields.push(
          ['Max memory', `${info.maxMem} KiB`],
          ['Used memory', `${info.memory} KiB`],
          ['Persistent', facts.persistent ? 'yes' : 'no'],
          ['Autostart', facts.autostart ? 'enable' : 'disable'],
          ['Managed save', facts.managedSave ? 'yes' : 'no'],
        );
        if (security.model) {
          fields.push(['Security model', security.model], ['Security DOI', security.doi]);
          if (security.label) {
            const mode = security.enforcing ? 'enforcing' : 'permissive';
            fields.push(['Security label', `${security.label} (${mode})`]);
          }
        }
        print(formatFields(fields));
      }),
    );

  program
    .command('dumpxml')
    .description("print a domain's XML")
    .argument('<domain>', 'name, UUID or id')
    .option('--inactive', 'the persistent definition rather than the running one')
    .action((text: string, options: { inactive?: boolean }, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const dom = await lookupDomain(client, text);
        const xml = await driver.getDomainXml(uuidToString(dom.uuid), {
          inactive: options.inactive ?? false,
        });
        if (json) return printJson({ name: dom.name, uuid: uuidToString(dom.uuid), xml });
        print(`${xml}\n`);
      }),
    );

  program
    .command('define')
    .description('define (or redefine) a persistent domain from an XML file')
    .argument('<file>', 'domain XML')
    .action((file: string, _options: unknown, command: Command) =>
      withSession(command, async ({ driver, json }) => {
        const record = await readFile(file, 'utf8')
          .then((xml) => driver.defineDomain(xml))
          .catch((error: unknown) => {
            throw commandFailure(`Failed to define domain from ${file}`, error);
          });
        if (json) return printJson(record);
        print(`Domain '${record.name}' defined from ${file}\n\n`);
      }),
    );

  program
    .command('undefine')
    .description('remove a domain’s definition, with its managed save, NVRAM and snapshot metadata')
    .argument('<domain>', 'name, UUID or id')
    .action((text: string, _options: unknown, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const dom = await lookupDomain(client, text);
        const uuid = uuidToString(dom.uuid);
        await driver.undefineDomain(uuid).catch((error: unknown) => {
          throw commandFailure(`Failed to undefine domain '${dom.name}'`, error);
        });
        if (json) return printJson({ name: dom.name, uuid, undefined: true });
        print(`Domain '${dom.name}' has been undefined\n\n`);
      }),
    );

  for (const action of LIFECYCLE_ACTIONS) registerLifecycleCommand(program, action);

  program
    .command('domstats')
    .description("print domains' statistics (all groups unless some are named)")
    .argument('[domains...]', 'names, UUIDs or ids (default: every domain)')
    .option('--state', 'state and reason')
    .option('--cpu-total', 'total CPU time')
    .option('--balloon', 'balloon (memory) figures')
    .option('--vcpu', 'per-vCPU figures')
    .option('--interface', 'per-interface counters')
    .option('--block', 'per-disk counters')
    .action((texts: string[], options: Record<string, boolean | undefined>, command: Command) =>
      withSession(command, async ({ client, json }) => {
        const doms = await Promise.all(texts.map((text) => lookupDomain(client, text)));
        const groups =
          (options.state ? DomainStatsTypes.State : 0) |
          (options.cpuTotal ? DomainStatsTypes.CpuTotal : 0) |
          (options.balloon ? DomainStatsTypes.Balloon : 0) |
          (options.vcpu ? DomainStatsTypes.Vcpu : 0) |
          (options.interface ? DomainStatsTypes.Interface : 0) |
          (options.block ? DomainStatsTypes.Block : 0);
        const records = await client.connectGetAllDomainStats(doms, groups, 0);
        if (json) {
          return printJson(
            records.map(({ dom, params }) => ({
              name: dom.name,
              uuid: uuidToString(dom.uuid),
              stats: Object.fromEntries(params.map((p) => [p.field, p.value.value])),
            })),
          );
        }
        for (const { dom, params } of records) {
          print(
            `Domain: '${dom.name}'\n${params.map((p) => `  ${p.field}=${formatTypedValue(p.value)}\n`).join('')}\n`,
          );
        }
      }),
    );
}

interface LifecycleAction {
  command: string;
  description: string;
  run: (driver: Driver, uuid: string) => Promise<void>;
  /** virsh's message on success, after "Domain 'NAME' ". */
  done: string;
  /** virsh's verb in "Failed to VERB domain 'NAME'". */
  verb: string;
}

const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = [
  {
    command: 'start',
    description: 'start a defined domain',
    run: (d, u) => d.start(u),
    done: 'started',
    verb: 'start',
  },
  {
    command: 'shutdown',
    description: 'ask the guest to shut down (returns before it has)',
    run: (d, u) => d.shutdown(u),
    done: 'is being shutdown',
    verb: 'shutdown',
  },
  {
    command: 'reboot',
    description: 'ask the guest to reboot',
    run: (d, u) => d.reboot(u),
    done: 'is being rebooted',
    verb: 'reboot',
  },
  {
    command: 'destroy',
    description: 'force a domain off at once',
    run: (d, u) => d.destroy(u),
    done: 'destroyed',
    verb: 'destroy',
  },
  {
    command: 'suspend',
    description: 'pause a running domain',
    run: (d, u) => d.suspend(u),
    done: 'suspended',
    verb: 'suspend',
  },
  {
    command: 'resume',
    description: 'continue a paused domain',
    run: (d, u) => d.resume(u),
    done: 'resumed',
    verb: 'resume',
  },
];

function registerLifecycleCommand(program: Command, action: LifecycleAction): void {
  program
    .command(action.command)
    .description(action.description)
    .argument('<domain>', 'name, UUID or id')
    .action((text: string, _options: unknown, command: Command) =>
      withSession(command, async ({ client, driver, json }) => {
        const dom = await lookupDomain(client, text);
        const uuid = uuidToString(dom.uuid);
        await action.run(driver, uuid).catch((error: unknown) => {
          throw commandFailure(`Failed to ${action.verb} domain '${dom.name}'`, error);
        });
        if (json) return printJson({ name: dom.name, uuid, action: action.command });
        print(`Domain '${dom.name}' ${action.done}\n\n`);
      }),
    );
}

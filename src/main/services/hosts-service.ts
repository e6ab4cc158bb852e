import { localProgramOf, parseLibvirtUri } from '../../drivers/libvirt/transport/uri';
import { AppError } from '../../shared/errors';
import type { HostSummary } from '../../shared/dto';
import type { HostAddQuestion } from '../../shared/ipc/contract';
import { DEMO_HOST, definitionFor } from './host-definitions';
import { DEMO_RENAME_PROBLEM } from './host-entry';
import type { HostDefinition, HostRegistry } from './host-registry';
import type { HostStore } from './host-store';
import { detectLocalLibvirtUris } from './local-hosts';
import { sshQuestionFor } from './ssh-questions';

/**
 * Which hosts the app shows and remembers. At start: the hosts named in VIRTDECK_HOSTS
 * (for scripts and tests), or else the user's saved hosts plus the local libvirt daemons
 * found on this machine, or else the demo host.
 */
/**
 * Asks the user, outside the window, whether connecting may start a program on this
 * machine (the desktop app's native dialog). The window cannot answer it: a page that a
 * crafted VM name or definition could script must not be able to start programs.
 */
export type ConfirmLocalProgram = (program: string, uri: string) => Promise<boolean>;

export class HostsService {
  constructor(
    private readonly registry: HostRegistry,
    private readonly store: HostStore | undefined,
    private readonly env: NodeJS.ProcessEnv,
    private readonly confirmLocalProgram?: ConfirmLocalProgram,
  ) {}

  async startupHosts(): Promise<HostDefinition[]> {
    const pinned = this.env['VIRTDECK_HOSTS'];
    const saved = await this.#savedHosts();
    if (pinned) {
      // Exactly these hosts, under the names the user gave them (a rename is saved).
      return pinned
        .split(',')
        .map((uri) => uri.trim())
        .filter(Boolean)
        .map((uri) => definitionFor(uri, saved.find((host) => host.uri === uri)?.name));
    }
    const definitions = saved.map((host) => definitionFor(host.uri, host.name));
    for (const uri of detectLocalLibvirtUris(this.env)) {
      if (!definitions.some((host) => host.uri === uri)) definitions.push(definitionFor(uri));
    }
    return definitions.length > 0 ? definitions : [DEMO_HOST];
  }

  /**
   * Refuses a URI from the window that would start a program here (command=), unless the
   * shell asked the user itself and they agreed. The hosts file, VIRTDECK_HOSTS and the
   * virtdeck command are the user's own words and take such URIs as they are.
   */
  async #checkLocalProgram(uri: string): Promise<void> {
    if (uri === DEMO_HOST.uri) return;
    let parsed;
    try {
      parsed = parseLibvirtUri(uri);
    } catch (error) {
      throw new AppError({ code: 'validation', message: (error as Error).message });
    }
    const program = localProgramOf(parsed);
    if (program === undefined) return;
    if (program !== '' && (await this.confirmLocalProgram?.(program, uri)) === true) return;
    throw new AppError({
      code: 'denied',
      message: `${uri} would run ${program === '' ? 'a program' : `"${program}"`} on this machine to reach the host, and a host added from the window may not start programs. If you trust it, put the URI in VIRTDECK_HOSTS or in hosts.json in Virtdeck's config folder, or use it with the virtdeck command.`,
    });
  }

  async #savedHosts(): Promise<{ name: string; uri: string }[]> {
    try {
      return (await this.store?.load()) ?? [];
    } catch (error) {
      // A damaged file must not keep the app from starting; the message says how to fix it.
      console.error(`Virtdeck: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  /**
   * Adds a host by URI. The connection is tried first: a host that cannot be reached is
   * reported and neither listed nor saved. An SSH host whose key is unknown, or that
   * needs a password, is not added either: the answer is the question to ask the user,
   * and the next call carries the answer (`ssh`).
   */
  async add(
    uri: string,
    name?: string,
    ssh?: HostDefinition['ssh'],
  ): Promise<HostSummary | HostAddQuestion> {
    await this.#checkLocalProgram(uri.trim());
    const definition = {
      ...definitionFor(uri.trim(), name?.trim() || undefined),
      ...(ssh && Object.keys(ssh).length > 0 ? { ssh } : {}),
    };
    const existing = this.registry.definition(definition.id);
    if (existing) {
      // Named as the sidebar names it, which may not be the name typed now.
      throw new AppError({
        code: 'operation-invalid',
        message: `${existing.name} is already in the list.`,
      });
    }
    const summary = await this.registry.add(definition);
    if (summary.status !== 'connected') {
      const cause = this.registry.failureOf(definition.id);
      await this.registry.remove(definition.id);
      const question = sshQuestionFor(cause, ssh?.password !== undefined);
      if (question) return question;
      throw new AppError({
        code: 'connection',
        message: summary.error ?? `Could not connect to ${uri}.`,
      });
    }
    await this.#persist();
    return summary;
  }

  /**
   * Connects a listed host again now. When the attempt fails for want of the user (a
   * password, trust for a new host key), the answer is the question, as for add.
   */
  async reconnect(
    hostId: string,
    ssh?: HostDefinition['ssh'],
  ): Promise<HostSummary | HostAddQuestion> {
    const answers = ssh && Object.keys(ssh).length > 0 ? ssh : undefined;
    const summary = await this.registry.reconnect(hostId, answers);
    if (summary.status !== 'error') return summary;
    const question = sshQuestionFor(
      this.registry.failureOf(hostId),
      answers?.password !== undefined,
    );
    return question ?? summary;
  }

  /**
   * Renames a host and saves the name with it. The name is trimmed and must differ (ignoring
   * case) from every other host's, so the sidebar never shows two hosts alike.
   */
  async rename(hostId: string, name: string): Promise<HostSummary> {
    const host = this.registry.definition(hostId);
    if (!host) throw new AppError({ code: 'not-found', message: `No host with id "${hostId}".` });
    if (host.kind === 'demo')
      throw new AppError({ code: 'unsupported', message: DEMO_RENAME_PROBLEM });
    const wanted = name.trim();
    const taken = this.registry
      .definitions()
      .find((other) => other.id !== hostId && other.name.toLowerCase() === wanted.toLowerCase());
    if (taken) {
      throw new AppError({
        code: 'validation',
        message: `Another host is already called ${taken.name}; choose another name.`,
        issues: [{ path: 'name', message: 'Another host has this name.' }],
      });
    }
    const summary = this.registry.rename(hostId, wanted);
    await this.#persist();
    return summary;
  }

  async remove(hostId: string): Promise<void> {
    await this.registry.remove(hostId);
    await this.#persist();
  }

  async #persist(): Promise<void> {
    const hosts = this.registry
      .definitions()
      .filter((host) => host.kind !== 'demo')
      .map(({ id, name, uri }) => ({ id, name, uri }));
    await this.store?.save(hosts);
  }
}

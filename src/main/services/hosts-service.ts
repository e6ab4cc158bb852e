import { AppError } from '../../shared/errors';
import type { HostSummary } from '../../shared/dto';
import type { HostAddQuestion } from '../../shared/ipc/contract';
import { DEMO_HOST, definitionFor } from './host-definitions';
import type { HostDefinition, HostRegistry } from './host-registry';
import type { HostStore } from './host-store';
import { detectLocalLibvirtUris } from './local-hosts';
import { sshQuestionFor } from './ssh-questions';

/**
 * Which hosts the app shows and remembers. At start: the hosts named in VIRTDECK_HOSTS
 * (for scripts and tests), or else the user's saved hosts plus the local libvirt daemons
 * found on this machine, or else the demo host.
 */
export class HostsService {
  constructor(
    private readonly registry: HostRegistry,
    private readonly store: HostStore | undefined,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async startupHosts(): Promise<HostDefinition[]> {
    const pinned = this.env['VIRTDECK_HOSTS'];
    if (pinned) {
      return pinned
        .split(',')
        .map((uri) => uri.trim())
        .filter(Boolean)
        .map((uri) => definitionFor(uri));
    }
    const saved = await this.#savedHosts();
    const definitions = saved.map((host) => definitionFor(host.uri, host.name));
    for (const uri of detectLocalLibvirtUris(this.env)) {
      if (!definitions.some((host) => host.uri === uri)) definitions.push(definitionFor(uri));
    }
    return definitions.length > 0 ? definitions : [DEMO_HOST];
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
    const definition = {
      ...definitionFor(uri.trim(), name?.trim() || undefined),
      ...(ssh && Object.keys(ssh).length > 0 ? { ssh } : {}),
    };
    if (this.registry.has(definition.id)) {
      throw new AppError({ code: 'operation-invalid', message: `${definition.name} is already in the list.` });
    }
    const summary = await this.registry.add(definition);
    if (summary.status !== 'connected') {
      const cause = this.registry.failureOf(definition.id);
      await this.registry.remove(definition.id);
      const question = sshQuestionFor(cause, ssh?.password !== undefined);
      if (question) return question;
      throw new AppError({ code: 'connection', message: summary.error ?? `Could not connect to ${uri}.` });
    }
    await this.#persist();
    return summary;
  }

  /**
   * Connects a listed host again now. When the attempt fails for want of the user (a
   * password, trust for a new host key), the answer is the question, as for add.
   */
  async reconnect(hostId: string, ssh?: HostDefinition['ssh']): Promise<HostSummary | HostAddQuestion> {
    const answers = ssh && Object.keys(ssh).length > 0 ? ssh : undefined;
    const summary = await this.registry.reconnect(hostId, answers);
    if (summary.status !== 'error') return summary;
    const question = sshQuestionFor(this.registry.failureOf(hostId), answers?.password !== undefined);
    return question ?? summary;
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

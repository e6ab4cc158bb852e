import type { HostSummary, VmSummary } from '../../../src/shared/dto';
import type { AppErrorShape } from '../../../src/shared/errors';
import {
  createClient,
  type ContractClient,
  type ContractTransport,
} from '../../../src/shared/ipc/client';
import type { Envelope } from '../../../src/shared/ipc/envelope';

type Handler = (payload: unknown) => unknown;

/** Thrown by a handler to answer with an error envelope. */
export class HostFailure extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }
}

/** An in-memory transport: tests answer methods with handlers and push events by hand. */
export class FakeHost implements ContractTransport {
  readonly calls: { channel: string; payload: unknown }[] = [];
  private readonly handlers = new Map<string, Handler>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  handle(channel: string, handler: Handler): this {
    this.handlers.set(channel, handler);
    return this;
  }

  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    this.calls.push({ channel, payload });
    const handler = this.handlers.get(channel);
    if (!handler)
      return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: channel } });
    try {
      return Promise.resolve({ ok: true, value: handler(payload) });
    } catch (error) {
      const shape =
        error instanceof HostFailure
          ? error.shape
          : { code: 'internal' as const, message: String(error) };
      return Promise.resolve({ ok: false, error: shape });
    }
  }

  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  client(): ContractClient {
    return createClient(this);
  }
}

export function makeVm(index: number, overrides: Partial<VmSummary> = {}): VmSummary {
  const hex = index.toString(16).padStart(12, '0');
  return {
    hostId: 'local',
    uuid: `00000000-0000-4000-8000-${hex}`,
    name: `vm-${String(index).padStart(4, '0')}`,
    state: 'running',
    osLabel: 'Fedora 40',
    vcpus: 2,
    memoryKiB: 2 * 1024 * 1024,
    persistent: true,
    ...overrides,
  };
}

export const LOCAL_HOST: HostSummary = {
  id: 'local',
  name: 'localhost',
  uri: 'qemu:///system',
  kind: 'libvirt',
  status: 'connected',
};

import { afterEach } from 'vitest';
import type { z } from 'zod';
import type { HostSummary, VmSummary } from '../../../src/shared/dto';
import type { AppErrorShape } from '../../../src/shared/errors';
import {
  createClient,
  type ContractClient,
  type ContractTransport,
} from '../../../src/shared/ipc/client';
import {
  events,
  isMethodName,
  methods,
  type EventName,
  type EventPayload,
  type MethodArgs,
  type MethodName,
  type MethodResult,
} from '../../../src/shared/ipc/contract';
import type { Envelope } from '../../../src/shared/ipc/envelope';

/** Thrown by a handler to answer with an error envelope. */
export class HostFailure extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }
}

type AnyHandler = (args: never) => unknown;

/**
 * Why a value is not what the host sends for this schema, or undefined when it is: the
 * schema refuses it, or parsing changes it (a default the host would have filled in, a
 * key the contract does not have).
 */
function contractMismatch(what: string, schema: z.ZodType, value: unknown): Error | undefined {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `  ${issue.path.map(String).join('.') || '(value)'}: ${issue.message}`)
      .join('\n');
    return new Error(`FakeHost: ${what} does not match the contract:\n${issues}`);
  }
  const changes = differences(value, parsed.data, []);
  if (changes.length === 0) return undefined;
  return new Error(
    `FakeHost: ${what} is not what the host sends; the contract's schema changes it:\n` +
      changes.map((change) => `  ${change}`).join('\n'),
  );
}

/** Where the parsed value differs from the given one; an undefined property counts as absent. */
function differences(given: unknown, parsed: unknown, path: string[]): string[] {
  const at = path.join('.') || '(value)';
  if (Object.is(given, parsed)) return [];
  if (Array.isArray(given) && Array.isArray(parsed) && given.length === parsed.length)
    return given.flatMap((item, index) =>
      differences(item, parsed[index], [...path, String(index)]),
    );
  if (!isRecord(given) || !isRecord(parsed) || Array.isArray(given) || Array.isArray(parsed))
    return [`${at}: sent ${JSON.stringify(given)}, the schema makes it ${JSON.stringify(parsed)}`];
  const keys = new Set([...Object.keys(given), ...Object.keys(parsed)]);
  return [...keys].flatMap((key) => {
    const [mine, theirs] = [given[key], parsed[key]];
    if (mine !== undefined && theirs === undefined)
      return [`${[...path, key].join('.')}: not in the contract (the schema drops it)`];
    if (mine === undefined && theirs !== undefined)
      return [
        `${[...path, key].join('.')}: missing (the host always sends it; the default is ${JSON.stringify(theirs)})`,
      ];
    return differences(mine, theirs, [...path, key]);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The same error envelope the real dispatcher answers a bad payload with. */
function validationFailure(error: z.ZodError): AppErrorShape {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return {
    code: 'validation',
    message: `Invalid request: ${summary}. Nothing was changed.`,
    issues,
  };
}

/**
 * Answers the renderer may have swallowed (a UI that catches a failed call): each test
 * fails after it ran when one of its fake hosts was asked to send what the host never sends.
 */
const unreported: Error[] = [];
afterEach(() => {
  const found = unreported.splice(0);
  if (found.length > 0) throw new Error(found.map((error) => error.message).join('\n'));
});

/**
 * An in-memory transport, typed and checked by the contract as the host side is: a
 * payload is parsed with the method's input schema before its handler runs (a bad one is
 * answered with a validation error, as the dispatcher does), and a handler's answer or an
 * emitted event that the contract's output schema refuses fails the test instead of
 * reaching the UI.
 */
export class FakeHost implements ContractTransport {
  /** What the renderer sent, as it sent it. */
  readonly calls: { channel: string; payload: unknown }[] = [];
  private readonly handlers = new Map<MethodName, AnyHandler>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  /** Answers a method; a handler may return a promise, to answer when the test says. */
  handle<M extends MethodName>(
    method: M,
    handler: (args: MethodArgs<M>) => MethodResult<M> | Promise<MethodResult<M>>,
  ): this {
    this.handlers.set(method, handler);
    return this;
  }

  async invoke(channel: string, payload: unknown): Promise<Envelope<unknown>> {
    this.calls.push({ channel, payload });
    const handler = isMethodName(channel) ? this.handlers.get(channel) : undefined;
    if (!isMethodName(channel) || !handler)
      return { ok: false, error: { code: 'unknown-method', message: channel } };
    const args = methods[channel].input.safeParse(payload);
    if (!args.success) return { ok: false, error: validationFailure(args.error) };
    let value: unknown;
    try {
      value = await (handler as (args: unknown) => unknown)(args.data);
    } catch (error) {
      const shape =
        error instanceof HostFailure
          ? error.shape
          : { code: 'internal' as const, message: String(error) };
      return { ok: false, error: shape };
    }
    const mismatch = contractMismatch(`the answer to ${channel}`, methods[channel].output, value);
    if (mismatch) {
      unreported.push(mismatch);
      throw mismatch;
    }
    return { ok: true, value };
  }

  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const mismatch = contractMismatch(`the ${event} event`, events[event], payload);
    if (mismatch) throw mismatch;
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  /**
   * Forgets the contract mismatches seen so far, for a test that provokes one on purpose
   * and has checked it.
   */
  static acknowledgeMismatches(): Error[] {
    return unreported.splice(0);
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

import type { Envelope } from '../../shared/ipc/envelope';
import {
  isMethodName,
  methods,
  type MethodArgs,
  type MethodName,
  type MethodResult,
} from '../../shared/ipc/contract';
import { toErrorShape, validationError } from './error-mapping';

/** Who is calling: the shell the request came through. */
export interface CallContext {
  shell: 'desktop' | 'web' | 'test';
  /**
   * The window or socket calling, as it subscribed to the EventHub: what it opens (console
   * sessions) is its own, and is closed when it goes.
   */
  clientId?: string;
}

/** One handler per contract method; a missing one does not compile. */
export type Handlers = {
  [M in MethodName]: (args: MethodArgs<M>, context: CallContext) => Promise<MethodResult<M>>;
};

export type Dispatch = (
  channel: unknown,
  payload: unknown,
  context: CallContext,
) => Promise<Envelope<unknown>>;

/**
 * The single entry point of every shell: checks the channel against the contract,
 * validates the payload with the method's schema before anything runs (so a bad payload
 * changes nothing), and turns every failure into an error envelope.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, payload, context) => {
    if (!isMethodName(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-method', message: `Unknown method "${String(channel)}".` },
      };
    }
    const parsed = methods[channel].input.safeParse(payload);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = handlers[channel] as (args: unknown, ctx: CallContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, context) };
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  };
}

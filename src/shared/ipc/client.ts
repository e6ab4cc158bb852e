import { AppError } from '../errors';
import type { EventName, EventPayload, MethodInput, MethodName, MethodResult } from './contract';
import { isEventName, isMethodName } from './contract';
import { unwrap, type Envelope } from './envelope';

/**
 * What a transport must offer: a generic invoke that resolves to an envelope, and a
 * generic subscribe. Electron's preload, the WebSocket client and the in-process bridge
 * of the unit tests all provide this shape.
 */
export interface ContractTransport {
  invoke(channel: string, payload: unknown): Promise<Envelope<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** The typed client the renderer uses. Types come from the contract alone. */
export interface ContractClient {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createClient(transport: ContractTransport): ContractClient {
  return {
    async invoke(method, input) {
      if (!isMethodName(method)) {
        throw new AppError({ code: 'unknown-method', message: `No such method: ${String(method)}` });
      }
      // The host side validates the result's shape by construction (its handlers are typed
      // from the contract), so the client trusts it and saves a second parse per call.
      return unwrap(await transport.invoke(method, input)) as never;
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`No such event: ${String(event)}`);
      return transport.subscribe(event, listener as (payload: unknown) => void);
    },
  };
}

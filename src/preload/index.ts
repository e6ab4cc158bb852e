import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName, isMethodName } from '../shared/ipc/contract';
import type { ContractTransport } from '../shared/ipc/client';
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../shared/ipc/wire';
import type { Envelope } from '../shared/ipc/envelope';

/**
 * The renderer's only door to the host side: a generic invoke and subscribe, limited to
 * the contract's method and event names. ipcRenderer itself is never exposed.
 */
export function createBridge(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): ContractTransport {
  return {
    invoke(channel, payload) {
      if (!isMethodName(channel)) {
        return Promise.resolve<Envelope<unknown>>({
          ok: false,
          error: { code: 'unknown-method', message: `Unknown method "${String(channel)}".` },
        });
      }
      return ipc.invoke(IPC_INVOKE_CHANNEL, channel, payload) as Promise<Envelope<unknown>>;
    },
    subscribe(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}".`);
      const onEvent = (_sender: IpcRendererEvent, name: unknown, payload: unknown): void => {
        if (name === event) listener(payload);
      };
      ipc.on(IPC_EVENT_CHANNEL, onEvent);
      return () => ipc.removeListener(IPC_EVENT_CHANNEL, onEvent);
    },
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));

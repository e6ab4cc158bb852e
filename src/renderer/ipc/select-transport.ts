import type { ContractTransport } from '../../shared/ipc/client';
import { BRIDGE_GLOBAL } from '../../shared/ipc/wire';
import {
  createWebSocketTransport,
  removeTokenFromAddressBar,
  webSocketUrlFor,
} from './websocket-transport';

/** The preload's bridge when running in Electron, or undefined in a plain browser. */
function findBridge(host: object): ContractTransport | undefined {
  const candidate = (host as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { invoke, subscribe } = candidate as Partial<ContractTransport>;
  return typeof invoke === 'function' && typeof subscribe === 'function'
    ? (candidate as ContractTransport)
    : undefined;
}

/**
 * Electron's bridge if present, else the browser mode's WebSocket to the page's own host;
 * the browser mode's token then leaves the address bar (the socket and the cookie have it).
 */
export function selectTransport(onConnectionLost: () => void): ContractTransport {
  const bridge = findBridge(window);
  if (bridge) return bridge;
  const transport = createWebSocketTransport({ url: webSocketUrlFor(window.location), onConnectionLost });
  removeTokenFromAddressBar(window.location, window.history);
  return transport;
}

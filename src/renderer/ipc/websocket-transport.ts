import { AppError } from '../../shared/errors';
import type { ContractTransport } from '../../shared/ipc/client';
import type { Envelope } from '../../shared/ipc/envelope';
import type { ClientMessage, ServerMessage } from '../../shared/ipc/wire';

/** WebSocket.OPEN; spelled out so the transport does not depend on a global constructor. */
const SOCKET_OPEN = 1;

export const CONNECTION_LOST_MESSAGE = 'Connection to Virtdeck lost';

export interface WebSocketTransportOptions {
  url: string;
  /** Called once when the socket closes; the page cannot recover without a reload. */
  onConnectionLost: () => void;
  /** Injected by tests; the real page uses the browser's WebSocket. */
  createSocket?: (url: string) => WebSocket;
}

interface PendingCall {
  resolve: (envelope: Envelope<unknown>) => void;
  reject: (error: AppError) => void;
}

/**
 * The page URL's `token` query parameter becomes the socket's credential. Without one (a
 * reload, once the token has left the address bar) the cookie the printed link set is.
 */
export function webSocketUrlFor(location: Pick<Location, 'protocol' | 'host' | 'search'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(location.search).get('token');
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return `${scheme}://${location.host}/ws${query}`;
}

/**
 * Takes the token out of the address bar and the history entry (the server set a cookie
 * from it with the page), keeping the rest of the URL.
 */
export function removeTokenFromAddressBar(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'state' | 'replaceState'>,
): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/**
 * The browser mode's transport: calls are JSON messages matched to answers by id, and the
 * server pushes every event, which is fanned out here to the listeners of that event.
 * There is no reconnect: after a close the host may have restarted with another token.
 */
export function createWebSocketTransport(options: WebSocketTransportOptions): ContractTransport {
  const socket = (options.createSocket ?? ((url) => new WebSocket(url)))(options.url);
  const pending = new Map<number, PendingCall>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const unsent: string[] = [];
  let nextId = 1;
  let closed = false;

  const lostError = () => new AppError({ code: 'connection', message: CONNECTION_LOST_MESSAGE });

  socket.addEventListener('open', () => {
    for (const frame of unsent.splice(0)) socket.send(frame);
  });

  socket.addEventListener('message', (event: MessageEvent) => {
    const message = parseServerMessage(event.data);
    if (!message) return;
    if (message.type === 'result') {
      const call = pending.get(message.id);
      pending.delete(message.id);
      call?.resolve(message.envelope);
      return;
    }
    for (const listener of listeners.get(message.event) ?? []) {
      try {
        listener(message.payload);
      } catch (error) {
        // One broken listener must not starve the others of the event.
        console.error(`Listener for ${message.event} failed`, error);
      }
    }
  });

  socket.addEventListener('close', () => {
    if (closed) return;
    closed = true;
    unsent.length = 0;
    for (const call of pending.values()) call.reject(lostError());
    pending.clear();
    options.onConnectionLost();
  });

  return {
    invoke(channel, payload) {
      if (closed) return Promise.reject(lostError());
      const id = nextId++;
      const message: ClientMessage = { type: 'invoke', id, channel, payload };
      const frame = JSON.stringify(message);
      return new Promise<Envelope<unknown>>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (socket.readyState === SOCKET_OPEN) socket.send(frame);
        else unsent.push(frame);
      });
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}

function parseServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const parsed = JSON.parse(data) as Partial<ServerMessage> | null;
    if (parsed?.type === 'result' && typeof parsed.id === 'number') return parsed as ServerMessage;
    if (parsed?.type === 'event' && typeof parsed.event === 'string')
      return parsed as ServerMessage;
  } catch {
    console.error('Ignored a message that is not JSON');
  }
  return undefined;
}

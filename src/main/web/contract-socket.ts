import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import { ClientMessage, type ServerMessage } from '../../shared/ipc/wire';
import type { AppCore } from '../app-core';
import type { DisplayTicketOwners } from './display-tickets';

/** Above this many unsent bytes a client is slow: stats ticks are skipped for it. */
const SLOW_CLIENT_BYTES = 4 * 1024 * 1024;

export interface ContractSocketOptions {
  core: AppCore;
  tickets: DisplayTicketOwners;
  /** The Host the socket connected with (already checked): display URLs use it. */
  host: string;
}

/** One authenticated socket: contract calls in, results and every event out. */
export function serveContract(ws: WebSocket, { core, tickets, host }: ContractSocketOptions): void {
  // A frame ws refuses (not UTF-8, over maxPayload, a reserved bit) or a reset connection
  // is an `error` here: ws has already sent the close (1007, 1009, 1002); the socket ends,
  // the server goes on. Without a listener the error would end the process.
  ws.on('error', () => undefined);
  const send = (message: ServerMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  // The socket is one client: its console and display sessions end when it closes.
  const clientId = `socket-${randomUUID()}`;
  const displayKey = tickets.register(clientId);
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event === 'vm.stats' && ws.bufferedAmount > SLOW_CLIENT_BYTES) return;
    send({ type: 'event', event, payload });
  }, clientId);
  ws.on('close', () => {
    tickets.forget(displayKey);
    unsubscribe();
  });
  ws.on('message', (data, isBinary) => {
    let parsed: unknown;
    try {
      const bytes = Array.isArray(data)
        ? Buffer.concat(data)
        : Buffer.isBuffer(data)
          ? data
          : Buffer.from(new Uint8Array(data));
      const text = bytes.toString('utf8');
      parsed = isBinary ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const message = ClientMessage.safeParse(parsed);
    if (!message.success) {
      // Without a valid id there is nobody to answer: close with "invalid frame payload".
      ws.close(1007, 'Expected a JSON message {type:"invoke", id, channel, payload}.');
      return;
    }
    const { id, channel, payload } = message.data;
    void core.dispatch(channel, payload, { shell: 'web', clientId }).then((envelope) =>
      send({
        type: 'result',
        id,
        envelope:
          channel === 'display.open' ? tickets.issued(displayKey, host, envelope) : envelope,
      }),
    );
  });
}

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { DisplayPeer } from '../services/display-bridge';
import type { DisplayService } from '../services/display-service';
import { refuseUpgrade } from './upgrade-guard';

/** WebSocket close reasons are limited to 123 bytes of UTF-8. */
const MAX_CLOSE_REASON_BYTES = 120;

/** Application close code for a ticket that is unknown, used or expired. */
export const BAD_TICKET_CLOSE_CODE = 4001;

/**
 * Accepts display WebSocket upgrades for a shell that has already checked the request's
 * Host, Origin and credentials: the ticket from display.open picks the session.
 */
export function createDisplayUpgrader(displays: DisplayService) {
  // RFB messages from the window are small; a pasted clipboard text is the largest.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  return {
    handle(request: IncomingMessage, socket: Duplex, head: Buffer, ticket: string): void {
      if (!displays.hasTicket(ticket)) return refuseUpgrade(socket, '403 Forbidden');
      sockets.handleUpgrade(request, socket, head, (ws) =>
        serveDisplaySocket(ws, displays, ticket),
      );
    },
    close(): void {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

/** Joins one WebSocket to the display session its ticket names. */
export function serveDisplaySocket(ws: WebSocket, displays: DisplayService, ticket: string): void {
  // First: a bad frame (not UTF-8, over maxPayload) is an `error` that must end this
  // socket only, also while a refused ticket's close is on its way.
  ws.on('error', () => ws.terminate());
  const bridge = displays.attach(ticket, webSocketPeer(ws));
  if (!bridge) {
    ws.close(BAD_TICKET_CLOSE_CODE, 'This display ticket is unknown, used or expired.');
    return;
  }
  ws.on('message', (data) => bridge.receive(toBuffer(data)));
  ws.on('close', () => displays.peerGone(bridge));
}

export function webSocketPeer(ws: WebSocket): DisplayPeer {
  return {
    send: (bytes, sent) => ws.send(bytes, { binary: true }, () => sent()),
    bufferedAmount: () => ws.bufferedAmount,
    pause: () => ws.pause(),
    resume: () => ws.resume(),
    close: (message) => ws.close(1000, clip(message)),
  };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

function clip(message: string): string {
  let text = message;
  while (Buffer.byteLength(text) > MAX_CLOSE_REASON_BYTES) text = text.slice(0, -1);
  return text;
}

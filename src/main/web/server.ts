import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { DISPLAY_SOCKET_PATH } from '../../shared/display';
import { ClientMessage, type ServerMessage } from '../../shared/ipc/wire';
import type { AppCore } from '../app-core';
import { createDisplayUpgrader } from '../display/display-socket';
import { isAllowedHost, isAllowedOrigin, isAuthorized, tokenCookieName } from './auth';
import { serveStatic } from './static-files';

export interface WebHostOptions {
  core: AppCore;
  token: string;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Above this many unsent bytes a client is slow: stats ticks are skipped for it. */
const SLOW_CLIENT_BYTES = 4 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The browser mode: serves the built renderer and the IPC contract over a WebSocket, on the
 * loopback interface only. Every request must carry the token; upgrades from foreign
 * origins are refused.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core, token, rendererDir } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const displaySockets = createDisplayUpgrader(core.displays);
  const server = createServer((request, response) => {
    void handleHttp(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  let port = options.port;

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!isAllowedHost(request, port)) return refuse(response, 403, 'Forbidden: unexpected Host header.');
    if (!isAuthorized(request, url, token, port)) {
      return refuse(response, 401, 'Unauthorized: open the link that Virtdeck printed, with its token.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed.');
    if (url.searchParams.has('token')) {
      response.setHeader(
        'Set-Cookie',
        `${tokenCookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!(await serveStatic(rendererDir, url.pathname, response))) refuse(response, 404, 'Not found.');
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const refusal =
      url.pathname !== '/ws' && url.pathname !== DISPLAY_SOCKET_PATH
        ? '404 Not Found'
        : !isAllowedHost(request, port) || !isAllowedOrigin(request, port)
          ? '403 Forbidden'
          : !isAuthorized(request, url, token, port)
            ? '401 Unauthorized'
            : undefined;
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    if (url.pathname === DISPLAY_SOCKET_PATH) {
      // A display socket also needs the one-time ticket display.open gave its window.
      displaySockets.handle(request, socket, head, url.searchParams.get('ticket') ?? '');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveContract(ws, core));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        displaySockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${message}\n`);
}

/** One authenticated socket: contract calls in, results and every event out. */
function serveContract(ws: WebSocket, core: AppCore): void {
  const send = (message: ServerMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  // The socket is one client: its console sessions end when it closes.
  const clientId = `socket-${randomUUID()}`;
  const unsubscribe = core.events.subscribe((event, payload) => {
    if (event === 'vm.stats' && ws.bufferedAmount > SLOW_CLIENT_BYTES) return;
    send({ type: 'event', event, payload });
  }, clientId);
  ws.on('close', unsubscribe);
  ws.on('message', (data, isBinary) => {
    let parsed: unknown;
    try {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
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
    void core.dispatch(channel, payload, { shell: 'web', clientId }).then((envelope) => send({ type: 'result', id, envelope }));
  });
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { DISPLAY_SOCKET_PATH } from '../../shared/display';
import type { AppCore } from '../app-core';
import { createDisplayUpgrader } from '../display/display-socket';
import { guardUpgradeSocket, refuseUpgrade, requestUrl } from '../display/upgrade-guard';
import { isAllowedHost, isAllowedOrigin, isAuthorized, tokenCookieName } from './auth';
import { serveContract } from './contract-socket';
import { DisplayTicketOwners } from './display-tickets';
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
  const tickets = new DisplayTicketOwners((ticket) => core.displays.hasTicket(ticket));
  const server = createServer((request, response) => {
    void handleHttp(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  let port = options.port;

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = requestUrl(request);
    if (!url) return refuse(response, 400, 'Bad request: the request target is not a URL.');
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
    const outcome = await serveStatic(rendererDir, url.pathname, response);
    if (outcome === 'bad-path') refuse(response, 400, 'Bad request: the path is not %-encoded UTF-8.');
    else if (outcome === 'not-found') refuse(response, 404, 'Not found.');
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    guardUpgradeSocket(socket);
    const url = requestUrl(request);
    if (!url) return refuseUpgrade(socket, '400 Bad Request');
    const display = url.pathname === DISPLAY_SOCKET_PATH || url.pathname.startsWith(`${DISPLAY_SOCKET_PATH}/`);
    const refusal =
      url.pathname !== '/ws' && !display
        ? '404 Not Found'
        : !isAllowedHost(request, port) || !isAllowedOrigin(request, port)
          ? '403 Forbidden'
          : !isAuthorized(request, url, token, port)
            ? '401 Unauthorized'
            : undefined;
    if (refusal) return refuseUpgrade(socket, refusal);
    if (display) {
      // A display socket also needs the one-time ticket display.open gave this client,
      // on the client's own display path.
      const ticket = url.searchParams.get('ticket') ?? '';
      if (!tickets.mayRedeem(url.pathname, ticket)) return refuseUpgrade(socket, '403 Forbidden');
      displaySockets.handle(request, socket, head, ticket);
      return;
    }
    const host = request.headers.host ?? `127.0.0.1:${port}`;
    sockets.handleUpgrade(request, socket, head, (ws) => serveContract(ws, { core, tickets, host }));
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

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISPLAY_SOCKET_PATH } from '../../shared/display';
import type { DisplayService } from '../services/display-service';
import { createDisplayUpgrader } from './display-socket';
import { guardUpgradeSocket, refuseUpgrade, requestUrl } from './upgrade-guard';

export interface LoopbackDisplayServer {
  /** The WebSocket URL display.open hands the window (without the ticket). */
  url: string;
  close(): Promise<void>;
}

/**
 * Display sockets for the desktop app, whose page (on the app's own scheme) has no server
 * of its own: a WebSocket endpoint on 127.0.0.1 that takes only display sessions. The
 * one-time ticket is the credential; the Host must be this address and the Origin absent
 * or the app page's (`appOrigin`), so another site's page in a browser cannot use it.
 */
export async function startLoopbackDisplayServer(
  displays: DisplayService,
  appOrigin: string,
): Promise<LoopbackDisplayServer> {
  const upgrader = createDisplayUpgrader(displays);
  const server = createServer((_request, response) => {
    response.writeHead(404);
    response.end();
  });
  let port = 0;
  server.on('upgrade', (request, socket, head: Buffer) => {
    guardUpgradeSocket(socket);
    const url = requestUrl(request);
    if (!url) return refuseUpgrade(socket, '400 Bad Request');
    const origin = request.headers.origin;
    const allowed =
      url.pathname === DISPLAY_SOCKET_PATH &&
      request.headers.host === `127.0.0.1:${port}` &&
      (origin === undefined || origin === appOrigin);
    if (!allowed) return refuseUpgrade(socket, '403 Forbidden');
    upgrader.handle(request, socket, head, url.searchParams.get('ticket') ?? '');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}${DISPLAY_SOCKET_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        upgrader.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

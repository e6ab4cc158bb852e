import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  contractClient,
  displayUrl,
  openDisplay,
  startServers,
  TOKEN,
  type Servers,
} from './hostile-servers';

let servers: Servers;
let port: number;

beforeAll(async () => {
  servers = await startServers();
  port = servers.web.port;
});
afterAll(() => servers.close());

/** Opens a display socket (token by query, as a script would); its first message or the refusal. */
function greeting(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}&token=${TOKEN}`);
    ws.once('message', (data: Buffer) => {
      resolve(data.toString());
      ws.close();
    });
    ws.once('unexpected-response', (_request, response) => {
      reject(new Error(`HTTP ${response.statusCode}`));
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

describe("the browser mode's display tickets belong to the socket that asked", () => {
  it('refuses a ticket from another client that holds the token, and serves its owner', async () => {
    const owner = await contractClient(port);
    const other = await contractClient(port);
    const owned = await openDisplay(owner);
    const own = await openDisplay(other);
    // The other client, on its own display URL, with the owner's ticket.
    await expect(
      greeting(displayUrl(port, { url: own.url, ticket: owned.ticket })),
    ).rejects.toThrow('HTTP 403');
    // Without any client's display URL (the plain /display path).
    await expect(greeting(`ws://127.0.0.1:${port}/display?ticket=${owned.ticket}`)).rejects.toThrow(
      'HTTP 403',
    );
    await expect(
      greeting(`ws://127.0.0.1:${port}/display/made-up?ticket=${owned.ticket}`),
    ).rejects.toThrow('HTTP 403');
    // The refusals did not use the ticket up: its owner still gets the screen.
    expect(await greeting(displayUrl(port, owned))).toBe('RFB 003.008\n');
    expect(await greeting(displayUrl(port, own))).toBe('RFB 003.008\n');
    owner.close();
    other.close();
  });

  it('gives a display URL on the Host the page came from, so its cookie goes along', async () => {
    const client = await contractClient(port, `localhost:${port}`);
    const session = await openDisplay(client);
    expect(session.url).toMatch(new RegExp(`^ws://localhost:${port}/display/[\\w-]+$`));
    client.close();
  });

  it('refuses the ticket once the socket that asked has gone', async () => {
    const owner = await contractClient(port);
    const session = await openDisplay(owner);
    owner.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(greeting(displayUrl(port, session))).rejects.toThrow('HTTP 403');
  });
});

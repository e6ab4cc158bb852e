import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenCookieName } from '../../../src/main/web/auth';
import {
  announcedFrame,
  clientFrame,
  closeCodeOf,
  exchange,
  httpRequest,
  statusOf,
  upgradeHeaders,
  watchCrashes,
} from './raw-wire';
import {
  contractClient,
  displayUrl,
  loopbackPort,
  openDisplay,
  startServers,
  stillServes,
  TOKEN,
  type Servers,
} from './hostile-servers';

/** The 8-byte frame of the issue: a masked text frame whose 2 bytes are not UTF-8. */
const INVALID_UTF8_FRAME = Buffer.from([0x81, 0x82, 0x01, 0x02, 0x03, 0x04, 0xfe, 0xfc]);
/** A frame header announcing 2 MiB, over every socket's 1 MiB limit. */
const OVERSIZED_FRAME = announcedFrame(2n * 1024n * 1024n);

let servers: Servers;
let port: number;
let crashes: ReturnType<typeof watchCrashes>;

beforeAll(async () => {
  servers = await startServers();
  port = servers.web.port;
  crashes = watchCrashes();
});
afterAll(async () => {
  crashes.stop();
  await servers.close();
});
afterEach(async () => {
  // Whatever a case sent, nothing escaped and the server still serves its page.
  expect(crashes.errors.splice(0).map(String)).toEqual([]);
  expect(await stillServes(port)).toBe(true);
});

const host = (): Record<string, string> => ({ Host: `127.0.0.1:${port}` });

describe('browser mode: requests that do not parse', () => {
  it('answers 400 to an upgrade whose target is not a URL', async () => {
    const answer = await exchange(port, httpRequest('http://[', upgradeHeaders(port)));
    expect(statusOf(answer.data)).toBe(400);
  });

  it('answers 400 to a plain request whose target is not a URL', async () => {
    const answer = await exchange(port, httpRequest('http://[', host()));
    expect(statusOf(answer.data)).toBe(400);
  });

  it('refuses a token cookie with a broken %-encoding (upgrade and plain request)', async () => {
    const cookie = { Cookie: `${tokenCookieName(port)}=%E0%A4%A` };
    const upgrade = await exchange(port, httpRequest('/ws', upgradeHeaders(port, cookie)));
    expect(statusOf(upgrade.data)).toBe(401);
    const display = await exchange(
      port,
      httpRequest('/display?ticket=x', upgradeHeaders(port, cookie)),
    );
    expect(statusOf(display.data)).toBe(401);
    const plain = await exchange(port, httpRequest('/', { ...host(), ...cookie }));
    expect(statusOf(plain.data)).toBe(401);
  });

  it('answers 400 to a static path with a broken %-encoding', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', '/%', '/index.html%C0']) {
      const answer = await exchange(port, httpRequest(`${path}?token=${TOKEN}`, host()));
      expect(statusOf(answer.data), path).toBe(400);
    }
    const nul = await exchange(port, httpRequest(`/%00index.html?token=${TOKEN}`, host()));
    expect(statusOf(nul.data)).toBe(404);
  });

  it('survives clients that reset the connection right after a refused upgrade', async () => {
    const requests = [
      httpRequest('/nowhere', upgradeHeaders(port)),
      httpRequest('/ws', upgradeHeaders(port)),
      httpRequest('/ws', upgradeHeaders(port, { Origin: 'http://evil.example' })),
      httpRequest(`/display?ticket=guess&token=${TOKEN}`, upgradeHeaders(port)),
    ];
    for (let round = 0; round < 25; round++) {
      await Promise.all(requests.map((request) => exchange(port, request, { reset: true })));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
});

describe('browser mode: bad frames on the contract socket', () => {
  const upgrade = (): Buffer => httpRequest(`/ws?token=${TOKEN}`, upgradeHeaders(port));

  it('closes the socket on a text frame that is not UTF-8 (1007)', async () => {
    const answer = await exchange(port, [upgrade(), INVALID_UTF8_FRAME]);
    expect(answer.closed).toBe(true);
    expect(closeCodeOf(answer.data)).toBe(1007);
  });

  it('closes the socket on a message over the size limit (1009)', async () => {
    const answer = await exchange(port, [upgrade(), OVERSIZED_FRAME]);
    expect(answer.closed).toBe(true);
    expect(closeCodeOf(answer.data)).toBe(1009);
  });

  it('closes the socket on a frame with reserved bits or an unknown opcode (1002)', async () => {
    const reserved = clientFrame(0x1, Buffer.from('{}'));
    reserved[0] = reserved[0]! | 0x40;
    for (const frame of [reserved, clientFrame(0x3, Buffer.from('x'))]) {
      const answer = await exchange(port, [upgrade(), frame]);
      expect(closeCodeOf(answer.data)).toBe(1002);
    }
  });
});

describe('browser mode: bad frames on a /display socket', () => {
  it('closes the socket and the session on a bad frame, the server lives', async () => {
    for (const frame of [INVALID_UTF8_FRAME, OVERSIZED_FRAME]) {
      const client = await contractClient(port);
      const session = await openDisplay(client);
      const target = new URL(displayUrl(port, session));
      const request = httpRequest(
        `${target.pathname}${target.search}&token=${TOKEN}`,
        upgradeHeaders(port),
      );
      const answer = await exchange(port, [request, frame]);
      expect(statusOf(answer.data)).toBe(101);
      expect(answer.closed).toBe(true);
      client.close();
    }
  });
});

describe('the loopback display endpoint (desktop)', () => {
  const displayPort = (): number => loopbackPort(servers);

  afterEach(async () => {
    const answer = await exchange(
      displayPort(),
      httpRequest('/display?ticket=none', upgradeHeaders(displayPort())),
    );
    expect(statusOf(answer.data)).toBe(403);
  });

  it('answers 400 to an upgrade whose target is not a URL', async () => {
    const answer = await exchange(
      displayPort(),
      httpRequest('http://[', upgradeHeaders(displayPort())),
    );
    expect(statusOf(answer.data)).toBe(400);
  });

  it('survives clients that reset the connection right after a refused upgrade', async () => {
    for (let round = 0; round < 25; round++) {
      await Promise.all([
        exchange(displayPort(), httpRequest('/nowhere', upgradeHeaders(displayPort())), {
          reset: true,
        }),
        exchange(displayPort(), httpRequest('/display?ticket=x', upgradeHeaders(displayPort())), {
          reset: true,
        }),
      ]);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('closes a display socket on a bad frame, the endpoint lives', async () => {
    servers.core.displays.endpoint = servers.loopback.url;
    try {
      for (const frame of [INVALID_UTF8_FRAME, OVERSIZED_FRAME]) {
        const session = await servers.core.displays.open(
          'window-1',
          'demo',
          '1f6a2d34-52c8-4e0b-8a77-0c9e4b1d2a63',
        );
        const target = new URL(displayUrl(displayPort(), session));
        const request = httpRequest(
          `${target.pathname}${target.search}`,
          upgradeHeaders(displayPort()),
        );
        const answer = await exchange(displayPort(), [request, frame]);
        expect(statusOf(answer.data)).toBe(101);
        expect(answer.closed).toBe(true);
      }
    } finally {
      servers.core.displays.endpoint = undefined;
    }
  });
});

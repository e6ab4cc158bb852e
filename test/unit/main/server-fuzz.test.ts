import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_VM,
  contractClient,
  loopbackPort,
  openDisplay,
  startServers,
  stillServes,
  TOKEN,
  type Servers,
} from './hostile-servers';
import {
  announcedFrame,
  exchange,
  httpRequest,
  statusOf,
  upgradeHeaders,
  watchCrashes,
} from './raw-wire';
import type { FuzzContext, FuzzInput } from './server-fuzz-basics';
import { socketUpgrade } from './server-fuzz-frames';
import { fuzzInputs } from './server-fuzz-inputs';

/**
 * The browser mode's server and the desktop's loopback display endpoint, live in this
 * process on the demo host, against generated hostile input over raw TCP on 127.0.0.1:
 *
 * - exits: nothing thrown or rejected that nobody caught (each would end the real process),
 *   and every liveness check (a good request, every LIVENESS_EVERY inputs) answered;
 * - hangs: every input ends with the server closing the connection within HANG_MS of the
 *   client having sent all it had (the client half-closes after QUIET_MS without a byte);
 * - memory: the heap after the run (after a full GC) is within HEAP_GROWTH_BOUND of before,
 *   and the process's RSS stays under RSS_BOUND throughout.
 *
 * VIRTDECK_FUZZ_INPUTS and VIRTDECK_FUZZ_SEED change the count and the seed.
 */
const INPUTS = Number(process.env['VIRTDECK_FUZZ_INPUTS'] ?? 3000);
const SEED = Number(process.env['VIRTDECK_FUZZ_SEED'] ?? 20_261_203);
const CONCURRENCY = 12;
const QUIET_MS = 40;
const HANG_MS = 5000;
const LIVENESS_EVERY = 250;
const MiB = 1024 * 1024;
const HEAP_GROWTH_BOUND = 48 * MiB;
const RSS_BOUND = 512 * MiB;

/** The cases of the issue, sent first, as they were reported. */
const knownCases: FuzzInput[] = [
  ...(['web', 'loopback'] as const).map((server): FuzzInput => ({
    kind: 'known:upgrade-bad-url',
    server,
    reset: false,
    build: (c) =>
      Promise.resolve([
        httpRequest('http://[', upgradeHeaders(server === 'web' ? c.webPort : c.loopbackPort)),
      ]),
  })),
  {
    kind: 'known:broken-cookie',
    server: 'web',
    reset: false,
    build: (c) =>
      Promise.resolve([
        httpRequest(
          '/ws',
          upgradeHeaders(c.webPort, { Cookie: `virtdeck_token_${c.webPort}=%E0%A4%A` }),
        ),
      ]),
  },
  {
    kind: 'known:static-bad-encoding',
    server: 'web',
    reset: false,
    build: (c) =>
      Promise.resolve([
        httpRequest(`/%E0%A4%A?token=${c.token}`, { Host: `127.0.0.1:${c.webPort}` }),
      ]),
  },
  ...(['contract', 'display', 'loopback-display'] as const).flatMap((socket) =>
    [Buffer.from([0x81, 0x82, 0x01, 0x02, 0x03, 0x04, 0xfe, 0xfc]), announcedFrame(2n << 20n)].map(
      (frame): FuzzInput => ({
        kind: `known:frame:${socket}`,
        server: socket === 'loopback-display' ? 'loopback' : 'web',
        reset: false,
        build: async (c) => [await socketUpgrade(socket, c), frame],
      }),
    ),
  ),
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let servers: Servers;
let ticketClient: Awaited<ReturnType<typeof contractClient>>;
let context: FuzzContext;

beforeAll(async () => {
  servers = await startServers();
  ticketClient = await contractClient(servers.web.port);
  context = {
    webPort: servers.web.port,
    loopbackPort: loopbackPort(servers),
    token: TOKEN,
    displayTicket: async () => {
      const session = await openDisplay(ticketClient);
      return { path: new URL(session.url ?? 'ws://x/display').pathname, ticket: session.ticket };
    },
    loopbackTicket: async () =>
      (await servers.core.displays.open('fuzz-window', 'demo', DEMO_VM)).ticket,
  };
});
afterAll(async () => {
  ticketClient?.close();
  await servers?.close();
});

async function loopbackAnswers(): Promise<boolean> {
  const port = context.loopbackPort;
  const answer = await exchange(port, httpRequest('/display?ticket=none', upgradeHeaders(port)));
  return statusOf(answer.data) === 403;
}

function describeInput(input: FuzzInput, chunks: Buffer[]): string {
  const text = Buffer.concat(chunks).subarray(0, 160).toString('latin1');
  return `${input.kind} on ${input.server}${input.reset ? ' (reset)' : ''}: ${JSON.stringify(text)}`;
}

describe('server fuzz: browser mode and loopback display endpoint', () => {
  it('never exits, never hangs, keeps memory bounded', { timeout: 120_000 }, async () => {
    const crashes = watchCrashes();
    const started = performance.now();
    const generated = fc.sample(fuzzInputs, { numRuns: INPUTS, seed: SEED });
    const inputs = [...knownCases, ...generated];
    const kinds = new Map<string, number>();
    const statuses = new Map<string, number>();
    const hangs: string[] = [];
    let failedLiveness = 0;
    let slowest = 0;
    let tried = 0;

    const heapBefore = (gc(), process.memoryUsage().heapUsed);
    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);

    try {
      for (let next = 0; next < inputs.length; next += CONCURRENCY) {
        const batch = inputs.slice(next, next + CONCURRENCY);
        await Promise.all(
          batch.map(async (input) => {
            const chunks = await input.build(context);
            const port = input.server === 'web' ? context.webPort : context.loopbackPort;
            const answer = await exchange(port, chunks, {
              reset: input.reset,
              quietMs: QUIET_MS,
              timeoutMs: HANG_MS,
            });
            tried++;
            const kind = input.kind.split(':')[0]!;
            kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
            const status = String(
              statusOf(answer.data) ?? (answer.data.length ? 'other' : 'closed'),
            );
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            slowest = Math.max(slowest, answer.ms);
            if (answer.hung) hangs.push(describeInput(input, chunks));
          }),
        );
        const done = next + batch.length;
        if (
          Math.floor(done / LIVENESS_EVERY) > Math.floor(next / LIVENESS_EVERY) ||
          done === inputs.length
        ) {
          if (!(await stillServes(context.webPort)) || !(await loopbackAnswers())) failedLiveness++;
        }
      }
    } finally {
      clearInterval(sampler);
      crashes.stop();
    }
    // Sessions and sockets the inputs left behind are released before the heap is weighed.
    await new Promise((resolve) => setTimeout(resolve, 500));
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const exits = crashes.errors.length + failedLiveness;
    const seconds = (performance.now() - started) / 1000;

    const mix = [...kinds].map(([kind, count]) => `${kind}=${count}`).join(' ');
    const answers = [...statuses]
      .sort()
      .map(([status, count]) => `${status}:${count}`)
      .join(',');
    console.log(
      `[server-fuzz] seed=${SEED} inputs=${tried} (${mix}) answers=${answers} exits=${exits} hangs=${hangs.length} ` +
        `slowest=${Math.round(slowest)}ms peakRss=${Math.round(peakRss / MiB)}MiB (bound ${RSS_BOUND / MiB}) ` +
        `heapUsed=${Math.round(heapBefore / MiB)}->${Math.round(heapAfter / MiB)}MiB (growth bound ${HEAP_GROWTH_BOUND / MiB}) ` +
        `time=${seconds.toFixed(1)}s`,
    );

    expect(tried).toBe(inputs.length);
    expect(crashes.errors.slice(0, 5).map(String)).toEqual([]);
    expect(failedLiveness).toBe(0);
    expect(hangs.slice(0, 5)).toEqual([]);
    expect(peakRss).toBeLessThan(RSS_BOUND);
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_GROWTH_BOUND);
    // Afterwards both servers still do their job for a well-behaved client.
    expect(await stillServes(context.webPort)).toBe(true);
    expect(await loopbackAnswers()).toBe(true);
  });
});

/**
 * Benchmark of the TypeScript libvirt RPC client against libvirt's C client
 * (python3-libvirt), on the same daemon and the same domains.
 *
 *   npx tsx bench/rpc.ts [--count 1000] [--rounds 3] [--uri test+unix:///default]
 *
 * It defines and starts `count` domains named bench-N on the daemon's shared test driver,
 * runs the same operations through both clients, prints a table, and removes the domains
 * again (also on Ctrl-C). Our client pipelines bulk work (4 calls in flight); the C API
 * is synchronous, so the reference issues one call at a time. "single call" is the
 * latency of one domainGetState, sequential on both sides. The two clients take turns,
 * round by round, and each figure is the best round, so load from other processes on the
 * machine hits both alike.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect } from '../src/drivers/libvirt';
import type { Domain, LibvirtClient } from '../src/drivers/libvirt';
import { BENCH_PREFIX, removeBenchDomains, startBenchDomains } from './bench-domains';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '5' },
    uri: { type: 'string', default: 'test+unix:///default' },
  },
});
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
const URI = values.uri;
const PREFIX = BENCH_PREFIX;
const SINGLE_CALLS = 1000;

async function bestOf(rounds: number, run: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

type Timings = Record<string, number>;

async function measureOurs(client: LibvirtClient, doms: Domain[], test: Domain): Promise<Timings> {
  return {
    listAll: await bestOf(1, () => client.connectListAllDomains()),
    nameStateInfo: await bestOf(1, () =>
      Promise.all(doms.flatMap((d) => [client.domainGetState(d), client.domainGetInfo(d)])),
    ),
    xml: await bestOf(1, () => Promise.all(doms.map((d) => client.domainGetXMLDesc(d)))),
    lookupByName: await bestOf(1, () =>
      Promise.all(doms.map((d) => client.domainLookupByName(d.name))),
    ),
    allDomainStats: await bestOf(1, () => client.connectGetAllDomainStats([], 0)),
    singleCall:
      (await bestOf(1, async () => {
        for (let i = 0; i < SINGLE_CALLS; i++) await client.domainGetState(test);
      })) / SINGLE_CALLS,
  };
}

function measureReference(): Timings {
  const script = fileURLToPath(new URL('./rpc_reference.py', import.meta.url));
  const run = spawnSync('/usr/bin/python3', [script, URI, PREFIX, String(COUNT), '1'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(
      `the python3-libvirt reference failed (is python3-libvirt installed?):\n${run.stderr}`,
    );
  }
  return JSON.parse(run.stdout) as Timings;
}

function keepBest(best: Timings, round: Timings): void {
  for (const [key, ms] of Object.entries(round)) best[key] = Math.min(best[key] ?? Infinity, ms);
}

const ROWS: [string, string][] = [
  ['listAll', `list all domains (${COUNT})`],
  ['nameStateInfo', `name, state and info of all (${2 * COUNT} calls)`],
  ['xml', `XML of all (${COUNT} calls)`],
  ['lookupByName', `domainLookupByName x${COUNT}`],
  ['allDomainStats', 'connectGetAllDomainStats (all groups)'],
  ['singleCall', 'single call latency (domainGetState)'],
];

function printTable(ours: Timings, reference: Timings): void {
  const fmt = (ms: number | undefined) =>
    ms === undefined ? '-' : ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
  const lines = [
    `| operation | virtdeck (ms) | python3-libvirt (ms) | C client / ours |`,
    `|---|---:|---:|---:|`,
    ...ROWS.map(([key, label]) => {
      const a = ours[key];
      const b = reference[key];
      const ratio = a && b ? `${(b / a).toFixed(2)}x` : '-';
      return `| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio} |`;
    }),
  ];
  console.log(lines.join('\n'));
  console.log(`\nbest of ${ROUNDS} rounds; ratio > 1 means ours is faster.`);
  console.log(`command: npx tsx bench/rpc.ts --count ${COUNT} --rounds ${ROUNDS} --uri ${URI}`);
}

async function main(): Promise<void> {
  const client = await connect(URI);
  const cleanUp = async (): Promise<void> => {
    await removeBenchDomains(client);
    await client.close();
  };
  process.once('SIGINT', () => {
    void cleanUp().finally(() => process.exit(130));
  });
  try {
    console.log(`setting up ${COUNT} domains on ${URI} ...`);
    const doms = await startBenchDomains(client, COUNT);
    const test = await client.domainLookupByName('test');
    await measureOurs(client, doms, test); // warm-up: let V8 compile the hot paths
    const ours: Timings = {};
    const reference: Timings = {};
    for (let round = 0; round < ROUNDS; round++) {
      keepBest(ours, await measureOurs(client, doms, test));
      keepBest(reference, measureReference());
    }
    printTable(ours, reference);
  } finally {
    await cleanUp();
  }
}

await main();

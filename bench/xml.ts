/**
 * Benchmark of the domain model's XML handling, next to fast-xml-parser on the same input.
 *
 *   npx tsx bench/xml.ts [--rounds 20]
 *
 * "corpus" is every document of virt-manager's test XML corpus (../shared/corpus, ~0.9 MB in about 340
 * documents); "1,000 devices" is one domain with a thousand devices (the live fixture's
 * devices repeated); "live VM" is the q35 fixture a running guest's dumpxml looks like
 * (~6 kB, 25 devices), the document the app re-reads on every device event. Each figure is
 * the best of the rounds; "vs fxp" is the time against fast-xml-parser's on the same input
 * (the target is the whole corpus round trip within 2x of it, and under one second).
 */
import { parseArgs } from 'node:util';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { prepareDetach } from '../src/domain/devices/detach';
import { DomainXml } from '../src/domain/domain-xml';
import { XmlText } from '../src/domain/xml/nodes';
import { parseXml } from '../src/domain/xml/parse';
import { serializeDocument } from '../src/domain/xml/serialize';
import { corpusDocuments, liveFile } from '../test/helpers/xml-corpus';
import { printTable } from './table';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
const ROUNDS = Number(values.rounds);

const corpus = corpusDocuments().map((d) => d.text);
const corpusBytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const live = liveFile('q35-running.xml');
const LIVE_REPEAT = 500;
const MANY_DEVICES = 1000;

/**
 * The live fixture with its devices repeated until the domain has MANY_DEVICES of them;
 * each copy gets an alias of its own, and the last disk copy is the one to detach.
 */
function domainWithManyDevices(): { xml: string; lastDiskAlias: string } {
  const domain = DomainXml.parse(live);
  const devices = domain.element.child('devices');
  const originals = domain.devices.map((d) => d.element);
  let lastDiskAlias = '';
  for (let i = 0; domain.devices.length < MANY_DEVICES; i++) {
    const copy = originals[i % originals.length]!.clone();
    copy.child('alias')?.setAttribute('name', `ua-copy-${i}`);
    if (copy.name === 'disk') lastDiskAlias = `ua-copy-${i}`;
    devices?.insertAt(devices.children.length - 1, new XmlText('\n    '));
    devices?.insertAt(devices.children.length - 1, copy);
  }
  return { xml: domain.toXml(), lastDiskAlias };
}
const { xml: many, lastDiskAlias } = domainWithManyDevices();
const manyBytes = Buffer.byteLength(many);

function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const fxpOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  commentPropName: '#comment',
};
const fxp = new XMLParser(fxpOptions);
const fxpBuilder = new XMLBuilder(fxpOptions);

const rows: [string, number, number, number | undefined][] = [];
/** Measures `run`; with `reference`, the row before it is fast-xml-parser's on the same input. */
const measure = (label: string, bytes: number, run: () => void, reference?: 'vs previous') => {
  const time = best(run);
  rows.push([label, time, bytes, reference ? time / (rows.at(-1)?.[1] ?? NaN) : undefined]);
};

measure('corpus: parse (fast-xml-parser, preserveOrder)', corpusBytes, () =>
  corpus.forEach((t) => void fxp.parse(t)),
);
measure(
  'corpus: parse (domain model)',
  corpusBytes,
  () => corpus.forEach((t) => void parseXml(t)),
  'vs previous',
);
measure('corpus: parse + build (fast-xml-parser, normalised)', corpusBytes, () =>
  corpus.forEach((t) => fxpBuilder.build(fxp.parse(t) as unknown[])),
);
measure(
  'corpus: parse + serialize (domain model, byte-exact)',
  corpusBytes,
  () => corpus.forEach((t) => serializeDocument(parseXml(t))),
  'vs previous',
);
measure(`${MANY_DEVICES} devices: parse + build (fast-xml-parser)`, manyBytes, () =>
  fxpBuilder.build(fxp.parse(many) as unknown[]),
);
measure(
  `${MANY_DEVICES} devices: parse + serialize (domain model)`,
  manyBytes,
  () => serializeDocument(parseXml(many)),
  'vs previous',
);
measure(`${MANY_DEVICES} devices: parse + prepare the last disk's detach`, manyBytes, () =>
  prepareDetach(DomainXml.parse(many), { kind: 'alias', alias: lastDiskAlias }, false),
);
const liveBytes = Buffer.byteLength(live) * LIVE_REPEAT;
measure(`live VM x${LIVE_REPEAT}: parse + read every device`, liveBytes, () => {
  for (let i = 0; i < LIVE_REPEAT; i++) {
    for (const device of DomainXml.parse(live).devices) void device.element.name;
  }
});
measure(`live VM x${LIVE_REPEAT}: parse + prepare a disk detach`, liveBytes, () => {
  for (let i = 0; i < LIVE_REPEAT; i++)
    prepareDetach(DomainXml.parse(live), { kind: 'disk', target: 'vda' }, true);
});

printTable(
  `Domain model XML handling (best of ${ROUNDS} rounds; corpus ${(corpusBytes / 1e6).toFixed(2)} MB in ${corpus.length} documents)`,
  `npx tsx bench/xml.ts --rounds ${ROUNDS}`,
  ['operation', 'time', 'throughput', 'vs fxp'],
  rows.map(([label, ms, bytes, ratio]) => [
    label,
    `${ms.toFixed(1)} ms`,
    `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
    ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
  ]),
);

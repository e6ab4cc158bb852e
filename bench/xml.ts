/**
 * Benchmark of the domain model's XML handling, next to fast-xml-parser on the same input.
 *
 *   npx tsx bench/xml.ts [--rounds 20]
 *
 * "corpus" is every document of virt-manager's test XML corpus (../shared/corpus, ~0.9 MB in about 340
 * documents); "live VM" is the q35 fixture a running guest's dumpxml looks like (~6 kB,
 * 25 devices), the document the app re-reads on every device event. Each figure is the
 * best of the rounds.
 */
import { parseArgs } from 'node:util';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { prepareDetach } from '../src/domain/devices/detach';
import { DomainXml } from '../src/domain/domain-xml';
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

const rows: [string, number, number][] = [];
const measure = (label: string, bytes: number, run: () => void) =>
  rows.push([label, best(run), bytes]);

measure('corpus: parse (domain model)', corpusBytes, () => corpus.forEach((t) => void parseXml(t)));
measure('corpus: parse (fast-xml-parser, preserveOrder)', corpusBytes, () =>
  corpus.forEach((t) => void fxp.parse(t)),
);
measure('corpus: parse + write back (domain model, byte-exact)', corpusBytes, () =>
  corpus.forEach((t) => serializeDocument(parseXml(t))),
);
measure('corpus: parse + write back (fast-xml-parser, normalised)', corpusBytes, () =>
  corpus.forEach((t) => fxpBuilder.build(fxp.parse(t) as unknown[])),
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
  ['operation', 'time', 'throughput'],
  rows.map(([label, ms, bytes]) => [
    label,
    `${ms.toFixed(1)} ms`,
    `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
  ]),
);

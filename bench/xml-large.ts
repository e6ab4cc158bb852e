/**
 * The domain model on one very large document: time, peak memory and heap per element.
 *
 *   node --expose-gc --import tsx bench/xml-large.ts [--elements 1100000] [--limits none|default]
 *
 * The document is the live fixture's <devices> content repeated until it has --elements
 * elements (1.1 million make about 55 MB); it is generated here, never stored. With
 * `--limits none` the parser's length and depth limits are lifted, to measure the tree
 * itself; with the default limits the document is refused, and the figure is the time to
 * refuse it. Peak memory is the process's maximum resident set size, so run one
 * measurement per process. The heap figures need --expose-gc and are left out without it;
 * "corpus: heap per element" is the same figure over virt-manager's corpus, whose
 * documents repeat far less than the generated one.
 */
import { parseArgs } from 'node:util';
import { parseXml } from '../src/domain/xml/parse';
import { serializeDocument } from '../src/domain/xml/serialize';
import { corpusDocuments, liveFile } from '../test/helpers/xml-corpus';
import { printTable } from './table';

const { values } = parseArgs({
  options: {
    elements: { type: 'string', default: '1100000' },
    limits: { type: 'string', default: 'none' },
  },
});
const wanted = Number(values.elements);
const limits = values.limits === 'none' ? { maxLength: Infinity, maxDepth: Infinity } : {};

function countElements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (/[A-Za-z]/.test(text[at + 1] ?? '')) count++;
  }
  return count;
}

function largeDocument(): string {
  const live = liveFile('q35-running.xml');
  const open = live.indexOf('<devices>') + '<devices>'.length;
  const close = live.lastIndexOf('\n  </devices>');
  const devices = live.slice(open, close);
  const around = live.slice(0, open) + live.slice(close);
  const copies = Math.ceil((wanted - countElements(around)) / countElements(devices));
  const text = live.slice(0, open) + devices.repeat(copies) + live.slice(close);
  text.charCodeAt(0); // one flat string, as a file or socket read gives
  return text;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapNow = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const rows: string[][] = [];
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

if (gc) {
  const corpus = corpusDocuments().map((d) => d.text);
  const elements = corpus.reduce((sum, text) => sum + countElements(text), 0);
  const before = heapNow();
  const kept = corpus.map((text) => parseXml(text));
  rows.push(['corpus: heap per element', `${((heapNow() - before) / elements).toFixed(0)} B`]);
  kept.length = 0;
}

const text = largeDocument();
const elements = countElements(text);
const rssBefore = process.memoryUsage().rss;
const heapBefore = heapNow();

let start = performance.now();
let doc: ReturnType<typeof parseXml> | undefined;
try {
  doc = parseXml(text, limits);
  rows.push(['parse', `${(performance.now() - start).toFixed(0)} ms`]);
} catch (error) {
  rows.push(['parse (refused)', `${(performance.now() - start).toFixed(2)} ms`]);
  rows.push(['error', (error as Error).message.slice(0, 100)]);
}
if (doc) {
  if (gc) rows.push(['heap per element', `${((heapNow() - heapBefore) / elements).toFixed(0)} B`]);
  start = performance.now();
  const out = serializeDocument(doc);
  rows.push(['serialize', `${(performance.now() - start).toFixed(0)} ms`]);
  rows.push(['byte-exact', String(out === text)]);
}
// maxRSS is in KiB.
const peak = process.resourceUsage().maxRSS * 1024;
rows.push(['peak RSS (whole process)', mib(peak)]);
rows.push(['peak RSS above the generated text', mib(peak - rssBefore)]);

printTable(
  `One ${(text.length / 1e6).toFixed(1)} MB document of ${(elements / 1e6).toFixed(2)} M elements (limits: ${values.limits})`,
  `node --expose-gc --import tsx bench/xml-large.ts --elements ${values.elements} --limits ${values.limits}`,
  ['measure', 'value'],
  rows,
);

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '../..');

/**
 * virt-manager's test XML (GPL-2.0-or-later test data). It is not part of the repository:
 * tests read it from the shared folder beside the checkout (../shared/corpus), or from
 * VIRTDECK_CORPUS_DIR.
 */
export const CORPUS_DIR =
  process.env['VIRTDECK_CORPUS_DIR'] ?? join(REPO, '../shared/corpus/virt-manager');

/** Hand-written live (running-VM) XML of our own, in the repository. */
export const LIVE_DIR = join(REPO, 'test/fixtures/xml/live');

/** Golden edit cases of our own: <case>-in.xml and the expected <case>-out.xml. */
export const GOLDEN_DIR = join(REPO, 'test/fixtures/xml/golden');

function requireCorpus(): void {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `virt-manager's XML corpus is not at ${CORPUS_DIR}; put the shared folder beside the checkout or set VIRTDECK_CORPUS_DIR.`,
    );
  }
}

export interface CorpusDocument {
  /** File path relative to the corpus, with "#n" for the n-th document of a multi-document file. */
  name: string;
  text: string;
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) return xmlFiles(path);
      return path.endsWith('.xml') ? [path] : [];
    });
}

/**
 * Every document in the corpus. Some virt-install outputs in cli/compare hold two documents
 * back to back (install-time and boot-time); they are split where a root end tag is
 * followed by a new root start tag. (The testdriver files also have unindented lines, but
 * inside one <node> root, so only cli/compare is split.)
 */
export function corpusDocuments(subdir = ''): CorpusDocument[] {
  requireCorpus();
  return xmlFiles(join(CORPUS_DIR, subdir)).flatMap((path) => {
    const name = path.slice(CORPUS_DIR.length + 1);
    const text = readFileSync(path, 'utf8');
    const parts = name.startsWith('cli/compare/')
      ? text.split(/(?<=^<\/[\w:-]+>\n)(?=<[^/!?])/m)
      : [text];
    return parts.length === 1
      ? [{ name, text: parts[0] ?? '' }]
      : parts.map((text, i) => ({ name: `${name}#${i + 1}`, text }));
  });
}

export function corpusFile(relativePath: string): string {
  requireCorpus();
  return readFileSync(join(CORPUS_DIR, relativePath), 'utf8');
}

export function liveFile(name: string): string {
  return readFileSync(join(LIVE_DIR, name), 'utf8');
}

/** The input of every golden case, with its case name. */
export function goldenInputs(): { name: string; text: string }[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('-in.xml'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'-in.xml'.length),
      text: readFileSync(join(GOLDEN_DIR, f), 'utf8'),
    }));
}

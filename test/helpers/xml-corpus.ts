import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** virt-manager's test XML (see test/fixtures/xml/virt-manager/README.md). */
export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/xml/virt-manager');

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
  return readFileSync(join(CORPUS_DIR, relativePath), 'utf8');
}

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import { running } from './harness';

const ROOT = new URL('../..', import.meta.url).pathname;
type Task = TestContext['task'];

/** A file or folder name made of the test's words. */
function slug(text: string): string {
  return (
    text
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'test'
  );
}

/** The test's name with the names of the describe blocks around it. */
function testPath(task: Task): string[] {
  const names = [task.name];
  for (let suite = task.suite; suite && suite !== task.file; suite = suite.suite) {
    if (suite.name) names.unshift(suite.name);
  }
  return names;
}

/** test-results/e2e/<file>/<describe and test names>/ */
export function artifactsDir(task: Task): string {
  const file = relative(join(ROOT, 'test/e2e'), task.file.filepath).replace(/\.e2e\.ts$/, '');
  return join(ROOT, 'test-results', 'e2e', slug(file), testPath(task).map(slug).join('__'));
}

async function describePage(page: Page): Promise<string> {
  const lines = [`url: ${page.url()}`];
  try {
    lines.push(`title: ${await page.title()}`, '', 'console messages (oldest first):');
    for (const message of await page.consoleMessages()) {
      const { url, lineNumber } = message.location();
      lines.push(`[${message.type()}] ${message.text()}${url ? `  (${url}:${lineNumber})` : ''}`);
    }
    lines.push('', 'uncaught errors:');
    for (const error of await page.pageErrors()) lines.push(error.stack ?? String(error));
  } catch (error) {
    lines.push(`(could not read the page: ${String(error)})`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * For a failed e2e test: a screenshot and the console messages of every open page, each
 * web host's stdout and stderr, and the errors, in test-results/e2e/<file>/<test>/.
 * Returns that folder.
 */
export async function saveFailureArtifacts(task: Task): Promise<string> {
  const dir = artifactsDir(task);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const errors = (task.result?.errors ?? []).map((e) => e.stack ?? e.message);
  writeFileSync(
    join(dir, 'error.txt'),
    `${testPath(task).join(' > ')}\n${task.file.name}\n\n${errors.join('\n\n')}\n`,
  );
  let n = 0;
  for (const browser of running.browsers) {
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        n += 1;
        await page
          .screenshot({ path: join(dir, `page-${n}.png`), timeout: 5_000 })
          .catch((error: unknown) => writeFileSync(join(dir, `page-${n}.png.txt`), String(error)));
        writeFileSync(join(dir, `page-${n}-console.txt`), await describePage(page));
      }
    }
  }
  running.apps.forEach((app, i) => {
    writeFileSync(join(dir, `server-${i + 1}.log`), `${app.label}\n\n${app.output()}`);
  });
  return dir;
}

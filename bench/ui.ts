import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median, ms, percentile, printTable } from './table';

/**
 * The renderer's speed in Debian's Chromium against the built browser mode:
 *  - start-up: from spawning the browser-mode host to the VM list on screen;
 *  - with 1,000 extra demo VMs: time to the first list, and the main-thread time each full
 *    stats update of every VM costs (measured by the renderer, read from
 *    window.__virtdeckStatsUpdateMs).
 * Targets: first list < 300 ms after the page loads; a full update < 16 ms.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 5;
const STATS_UPDATES = 15;

async function startHost(extraVms: number): Promise<{ url: string; spawnedAt: number; readyAt: number; stop(): void }> {
  const token = randomBytes(12).toString('hex');
  const configDir = mkdtempSync(join(tmpdir(), 'virtdeck-bench-'));
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--port', '0', '--token', token], {
    env: { ...process.env, VIRTDECK_HOSTS: 'demo:///', VIRTDECK_DEMO_VMS: String(extraVms), VIRTDECK_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /Virtdeck is at (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
  return {
    url,
    spawnedAt,
    readyAt: performance.now(),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

interface PageTimings {
  /** performance.now() of the list-ready mark: ms since navigation start. */
  listReady: number;
  /** ms since navigation start when the HTML document finished loading. */
  domContentLoaded: number;
}

async function openAndTime(browser: Browser, url: string): Promise<{ timings: PageTimings; close(): Promise<void>; statsMs(): Promise<number[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('virtdeck:vm-list-ready').length > 0, undefined, {
    timeout: 30_000,
  });
  const timings = await page.evaluate(() => {
    const mark = performance.getEntriesByName('virtdeck:vm-list-ready')[0];
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { listReady: mark?.startTime ?? NaN, domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN };
  });
  return {
    timings,
    close: () => page.close(),
    statsMs: async () => {
      await page.waitForFunction(
        (count) => ((window as unknown as { __virtdeckStatsUpdateMs?: number[] }).__virtdeckStatsUpdateMs ?? []).length >= count,
        STATS_UPDATES,
        { timeout: 60_000 },
      );
      return page.evaluate(() => (window as unknown as { __virtdeckStatsUpdateMs: number[] }).__virtdeckStatsUpdateMs);
    },
  };
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: string[][] = [];
  try {
    for (const extraVms of [0, 1000]) {
      const startToList: number[] = [];
      const afterLoad: number[] = [];
      let stats: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const host = await startHost(extraVms);
        const opened = await openAndTime(browser, host.url);
        const shownAt = performance.now();
        startToList.push(shownAt - host.spawnedAt);
        afterLoad.push(opened.timings.listReady - opened.timings.domContentLoaded);
        if (extraVms > 0 && run === 0) stats = (await opened.statsMs()).slice(2); // skip warm-up ticks
        await opened.close();
        host.stop();
      }
      const label = extraVms === 0 ? 'the 7 demo VMs' : `7 + ${extraVms} demo VMs`;
      rows.push([`${label}: start browser mode → list shown`, ms(median(startToList)), ms(Math.max(...startToList)), '-']);
      rows.push([`${label}: page loaded → list shown`, ms(median(afterLoad)), ms(Math.max(...afterLoad)), '< 300 ms']);
      if (stats.length > 0) {
        rows.push([`${label}: main thread per full stats update`, ms(median(stats)), ms(percentile(stats, 0.95)), '< 16 ms']);
      }
    }
  } finally {
    await browser.close();
  }
  printTable('Renderer (Debian Chromium, headless), medians over runs', 'npm run bench -- ui', ['measure', 'median', 'max/p95', 'target'], rows);
}

await main();

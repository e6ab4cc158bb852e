import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname;

/** What the failure hook (failure-artifacts.ts) saves: every app and browser this file started. */
export const running = {
  apps: [] as { label: string; output(): string }[],
  browsers: new Set<Browser>(),
};

/** The most of a web host's output kept for a failure report. */
const MAX_OUTPUT = 1 << 20;

export interface RunningApp {
  url: string;
  origin: string;
  port: number;
  token: string;
  stop(): Promise<void>;
}

/**
 * Starts the built browser mode (out/main/web.js) on a free port with a fresh token and
 * resolves once it has printed its address.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const token = randomBytes(16).toString('hex');
  const configDir = mkdtempSync(join(tmpdir(), 'virtdeck-e2e-config-'));
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--port', '0', '--token', token], {
    // The demo host only, unless a test names others; settings in a throwaway folder.
    env: { ...process.env, VIRTDECK_HOSTS: 'demo:///', VIRTDECK_CONFIG_DIR: configDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // All of its output, for the failure report; the address once it is printed.
  let output = '';
  const record = (chunk: Buffer): void => {
    output += chunk.toString();
    if (output.length > MAX_OUTPUT) output = output.slice(-MAX_OUTPUT);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  running.apps.push({ label: `web host ${running.apps.length + 1} (${env['VIRTDECK_HOSTS'] ?? 'demo:///'})`, output: () => output });
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (): void => {
      const match = /Virtdeck is at (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token,
    stop: async () => {
      await stopChild(child);
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  running.browsers.add(browser);
  return {
    browser,
    // Playwright gives each launch a fresh temporary profile and removes it on close.
    close: async () => {
      running.browsers.delete(browser);
      await browser.close();
    },
  };
}

/** Opens the app in a new page and waits until the VM list shows rows. */
export async function openApp(browser: Browser, app: RunningApp): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.getByRole('grid', { name: 'Virtual machines' }).or(page.getByRole('table', { name: 'Virtual machines' })).waitFor();
  return page;
}

/**
 * A deliberate screenshot, for looking at the UI rather than for a failure: saved as
 * `<name>.png` in the folder VIRTDECK_E2E_SCREENSHOTS names, and skipped when it is unset.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['VIRTDECK_E2E_SCREENSHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = new URL('../..', import.meta.url).pathname;

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
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Virtdeck is at (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
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
  return {
    browser,
    // Playwright gives each launch a fresh temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

/** Opens the app in a new page and waits until the VM list shows rows. */
export async function openApp(browser: Browser, app: RunningApp): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  await page.getByRole('grid', { name: 'Virtual machines' }).or(page.getByRole('table', { name: 'Virtual machines' })).waitFor();
  return page;
}

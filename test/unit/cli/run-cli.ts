import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { vi } from 'vitest';
import { main } from '../../../src/main/cli';

/** The shared test driver inside the system daemon: every test here runs against it. */
export const TEST_URI = 'test+unix:///default';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  /** What the command has printed so far. */
  stdout(): string;
  result: Promise<CliResult>;
}

/**
 * Runs `virtdeck ARGS` in this process through main(), capturing what it prints. Only one
 * may run at a time (it borrows process.stdout and process.stderr).
 */
export function startCli(args: string[]): RunningCli {
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) => (chunk: string | Uint8Array) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const out = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation(capture((text) => (stdout += text)));
  const err = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation(capture((text) => (stderr += text)));
  const result = main(args).finally(() => {
    out.mockRestore();
    err.mockRestore();
  });
  return { stdout: () => stdout, result: result.then((code) => ({ code, stdout, stderr })) };
}

export function runCli(args: string[]): Promise<CliResult> {
  return startCli(args).result;
}

/** Runs virsh against the same URI, for comparison. */
export function virsh(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('virsh', ['-c', TEST_URI, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A minimal test-driver domain; give the UUID to redefine an existing one. */
export function testDomainXml(name: string, uuid?: string): string {
  const id = uuid ? `<uuid>${uuid}</uuid>` : '';
  return `<domain type='test'><name>${name}</name>${id}<memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>\n`;
}

/** Writes `text` to `path` and returns the path. */
export async function writeTextFile(path: string, text: string): Promise<string> {
  await writeFile(path, text);
  return path;
}

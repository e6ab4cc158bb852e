import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../src/main/app-core';
import type { AppCore, AppCoreOptions } from '../../../src/main/app-core';

/**
 * A host URI with command= starts a program on this machine. From the window (the
 * contract's hosts.add) it is refused unless the shell itself asked the user; from what
 * the user wrote outside the window (VIRTDECK_HOSTS, the hosts file) it is taken as is.
 * The program here is a real script that leaves a marker file when it runs.
 */

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function markerProgram(): { program: string; ran: () => boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-program-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const marker = join(dir, 'ran');
  const program = join(dir, 'program.sh');
  writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\n`);
  chmodSync(program, 0o755);
  return { program, ran: () => existsSync(marker) };
}

async function openCore(options: AppCoreOptions = {}): Promise<AppCore> {
  const core = createAppCore({ statsIntervalMs: 0, hosts: [], ...options });
  cleanups.push(() => core.close());
  await core.ready;
  return core;
}

const add = (core: AppCore, uri: string) =>
  core.dispatch('hosts.add', { uri }, { shell: 'web', clientId: 'page' });

describe('hosts.add and URIs that start a local program', () => {
  it.each([
    ['the ext transport', (program: string) => `qemu+ext:///system?command=${program}`],
    ['ssh through another program', (program: string) => `qemu+ssh://root@server/system?command=${program}`],
  ])('refuses %s from the window, and nothing runs', async (_label, uriOf) => {
    const { program, ran } = markerProgram();
    const core = await openCore();
    const answer = await add(core, uriOf(program));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'denied', message: expect.stringContaining(`would run "${program}" on this machine`) as string },
    });
    expect(ran()).toBe(false);
    expect((await core.dispatch('hosts.list', {}, { shell: 'web' })) as unknown).toEqual({ ok: true, value: [] });
  });

  it('refuses an ext URI without a command too', async () => {
    const core = await openCore();
    expect(await add(core, 'qemu+ext:///system')).toMatchObject({ ok: false, error: { code: 'denied' } });
  });

  it('asks the shell, and runs the program only when the user agreed there', async () => {
    const { program, ran } = markerProgram();
    const confirm = vi.fn(() => Promise.resolve(false));
    const core = await openCore({ confirmLocalProgram: confirm });
    const uri = `qemu+ext:///system?command=${program}`;
    expect(await add(core, uri)).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(confirm).toHaveBeenCalledWith(program, uri);
    expect(ran()).toBe(false);

    confirm.mockResolvedValue(true);
    // The script exits without speaking RPC: the connection fails, but it did run.
    expect(await add(core, uri)).toMatchObject({ ok: false, error: { code: 'connection' } });
    expect(ran()).toBe(true);
  });

  it('takes the URI as it is from VIRTDECK_HOSTS, which the user wrote', async () => {
    const { program, ran } = markerProgram();
    const core = createAppCore({
      statsIntervalMs: 0,
      env: { VIRTDECK_HOSTS: `qemu+ext:///system?command=${program}` },
    });
    cleanups.push(() => core.close());
    await core.ready;
    expect(ran()).toBe(true);
  });

  it('refuses a URI with a broken %-escape, saying so', async () => {
    const core = await openCore();
    expect(await add(core, 'qemu+ssh://root@server/system?keyfile=%E0%A4%A')).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('broken %-escape') as string },
    });
  });
});

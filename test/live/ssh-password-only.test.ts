import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppCore } from '../../src/main/app-core';
import type { AppCore } from '../../src/main/app-core';
import { describeWhen } from '../fixtures/requirements';
import { sshdMissing, startSshd } from '../fixtures/sshd';
import type { SshdFixture } from '../fixtures/sshd';

/**
 * A host that takes passwords only, reached with no agent and no key file: the Add host
 * dialog must be asked for the password (hosts.add answers with the question), not told
 * that nothing was tried. The server lists its methods only once the client asks; with
 * nothing of its own to offer, the client still has to ask.
 */
describeWhen('an SSH host that takes passwords only', sshdMissing, () => {
  let sshd: SshdFixture;
  let core: AppCore;
  let home: string;
  const saved = { home: process.env['HOME'], agent: process.env['SSH_AUTH_SOCK'] };

  beforeAll(async () => {
    sshd = await startSshd(['PasswordAuthentication yes', 'PubkeyAuthentication no']);
    // No ~/.ssh keys and no agent: the client has nothing but a password to offer.
    home = mkdtempSync(join(tmpdir(), 'virtdeck-empty-home-'));
    process.env['HOME'] = home;
    delete process.env['SSH_AUTH_SOCK'];
    core = createAppCore({ statsIntervalMs: 0, hosts: [] });
    await core.ready;
  });

  afterAll(async () => {
    await core?.close();
    await sshd?.stop();
    process.env['HOME'] = saved.home;
    if (saved.agent !== undefined) process.env['SSH_AUTH_SOCK'] = saved.agent;
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('answers hosts.add with the password question', async () => {
    const uri = `qemu+ssh://root@127.0.0.1:${sshd.port}/system?known_hosts=${sshd.knownHosts}`;
    const answer = await core.dispatch('hosts.add', { uri }, { shell: 'web', clientId: 'page' });
    expect(answer).toEqual({
      ok: true,
      value: {
        ask: 'password',
        user: 'root',
        host: '127.0.0.1',
        message: expect.stringMatching(/the server accepts: password/) as string,
      },
    });
  });
});

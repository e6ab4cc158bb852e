import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import { SshAuthError, SshHostKeyError } from '../../../src/drivers/libvirt';
import { createAppCore, type AppCore } from '../../../src/main/app-core';
import type { HostDefinition } from '../../../src/main/services/host-registry';

const URI = 'qemu+ssh://root@server1/system';
const KEY = { host: 'server1', port: 22, keyType: 'ssh-ed25519', fingerprint: 'SHA256:abc' };

/**
 * An SSH host whose key is unknown until trusted and that takes only the password
 * "sesame", as the driver reports it; every attempt's answers are recorded.
 */
function fakeSshHost(seen: HostDefinition['ssh'][]) {
  return (host: HostDefinition) => {
    seen.push(host.ssh);
    if (host.ssh?.trustFingerprint !== KEY.fingerprint) {
      return Promise.reject(new SshHostKeyError('unknown', KEY));
    }
    if (host.ssh.password !== 'sesame') {
      const tried = host.ssh.password === undefined ? ['agent'] : ['agent', 'password'];
      return Promise.reject(new SshAuthError('root', 'server1', tried, ['publickey', 'password']));
    }
    return Promise.resolve(createDemoDriver());
  };
}

describe('adding an SSH host that asks questions', () => {
  let core: AppCore;
  let dir: string;
  afterEach(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function add(payload: Record<string, unknown>) {
    const reply = await core.dispatch('hosts.add', { uri: URI, ...payload }, { shell: 'test' });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  }

  it('asks to trust the key, then for a password, and saves neither answer', async () => {
    dir = mkdtempSync(join(tmpdir(), 'virtdeck-ssh-hosts-'));
    const seen: HostDefinition['ssh'][] = [];
    core = createAppCore({
      configDir: dir,
      hosts: [],
      statsIntervalMs: 0,
      openDriver: fakeSshHost(seen),
    });
    await core.ready;

    expect(await add({})).toEqual({ ask: 'trust-host-key', ...KEY });
    expect(await add({ trustHostKey: KEY.fingerprint })).toMatchObject({
      ask: 'password',
      user: 'root',
      host: 'server1',
    });
    expect(await add({ trustHostKey: KEY.fingerprint, password: 'wrong' })).toMatchObject({
      ask: 'password',
      message: expect.stringMatching(/^The password was refused/) as unknown,
    });
    expect(core.hosts.list()).toEqual([]);

    const host = await add({ trustHostKey: KEY.fingerprint, password: 'sesame' });
    expect(host).toMatchObject({ id: 'qemu-ssh-root-server1-system', status: 'connected' });
    expect(seen.at(-1)).toEqual({ trustFingerprint: KEY.fingerprint, password: 'sesame' });
    expect(readFileSync(join(dir, 'hosts.json'), 'utf8')).not.toMatch(/sesame|SHA256/);
  });

  it('reports a changed host key as an error, not a question', async () => {
    dir = mkdtempSync(join(tmpdir(), 'virtdeck-ssh-hosts-'));
    core = createAppCore({
      configDir: dir,
      hosts: [],
      statsIntervalMs: 0,
      openDriver: () =>
        Promise.reject(new SshHostKeyError('changed', KEY, '/root/.ssh/known_hosts:3')),
    });
    await core.ready;
    const reply = await core.dispatch(
      'hosts.add',
      { uri: URI, trustHostKey: KEY.fingerprint },
      { shell: 'test' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'connection' } });
    expect(reply.ok ? '' : reply.error.message).toMatch(/CHANGED.*known_hosts:3/s);
  });
});

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/drivers/libvirt/connect';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { SshAuthError, SshHostKeyError } from '../../src/drivers/libvirt/transport/ssh/errors';
import { describeWhen } from '../fixtures/requirements';
import { sshdMissing, startSshd, type SshdFixture } from '../fixtures/sshd';

/**
 * The ssh transport against a real OpenSSH server on 127.0.0.1 (test/fixtures/sshd.ts)
 * that leads to this machine's libvirtd, as qemu+ssh://root@127.0.0.1:PORT/system.
 */
describeWhen('qemu+ssh:// through a local sshd', sshdMissing, () => {
  let sshd: SshdFixture;
  let scratch: string;

  beforeAll(async () => {
    sshd = await startSshd();
    scratch = mkdtempSync(join(tmpdir(), 'virtdeck-ssh-test-'));
  });

  afterAll(async () => {
    await sshd?.stop();
  });

  it('lists the domains and host info of qemu:///system over ssh', async () => {
    const driver = await createLibvirtDriver(sshd.uri('qemu:///system'));
    try {
      const info = await driver.getHostInfo();
      expect(info.hypervisor).toBe('QEMU');
      expect(info.cpus).toBeGreaterThan(0);
      expect(Array.isArray(await driver.listDomains())).toBe(true);
    } finally {
      await driver.close();
    }
  });

  it('reaches the test driver as test+ssh://.../default through virt-ssh-helper', async () => {
    const driver = await createLibvirtDriver(sshd.uri('test:///default'));
    try {
      expect((await driver.getHostInfo()).hypervisor).toBe('TEST');
      expect((await driver.listDomains()).map((domain) => domain.name)).toContain('test');
    } finally {
      await driver.close();
    }
  });

  it('works through the nc fallback with socket=', async () => {
    const client = await connect(
      sshd.uri('test:///default', { socket: '/var/run/libvirt/libvirt-sock' }),
    );
    try {
      expect(await client.connectGetHostname()).toBeTruthy();
    } finally {
      await client.close();
    }
  });

  it('runs the ssh program named by command= instead, as libvirt does', async () => {
    // OpenSSH, pointed at the fixture's known_hosts so root's ~/.ssh stays untouched.
    const wrapper = join(scratch, 'openssh');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec ssh -o UserKnownHostsFile=${sshd.knownHosts} -o StrictHostKeyChecking=yes "$@"\n`,
      { mode: 0o755 },
    );
    const client = await connect(sshd.uri('test:///default', { command: wrapper, no_tty: '1' }));
    try {
      expect(await client.connectGetHostname()).toBeTruthy();
    } finally {
      await client.close();
    }
  });

  it('refuses an unknown host key, naming its type and fingerprint', async () => {
    const empty = join(scratch, 'empty_known_hosts');
    writeFileSync(empty, '');
    const failure = await connect(sshd.uri('qemu:///system', { known_hosts: empty })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SshHostKeyError);
    expect(failure).toMatchObject({
      problem: 'unknown',
      hostKey: {
        host: '127.0.0.1',
        port: sshd.port,
        keyType: 'ssh-ed25519',
        fingerprint: sshd.fingerprint,
      },
    });
  });

  it('connects once the fingerprint is trusted, and remembers it in the app file', async () => {
    const empty = join(scratch, 'empty_known_hosts_2');
    writeFileSync(empty, '');
    const appKnownHostsFile = join(scratch, 'app', 'known_hosts');
    const uri = sshd.uri('test:///default', { known_hosts: empty });
    const first = await connect(uri, {
      ssh: { appKnownHostsFile, trustFingerprint: sshd.fingerprint },
    });
    await first.close();
    expect(readFileSync(appKnownHostsFile, 'utf8')).toBe(
      `[127.0.0.1]:${sshd.port} ${sshd.hostPublicKey}\n`,
    );
    const again = await connect(uri, { ssh: { appKnownHostsFile } });
    await again.close();
  });

  it('refuses a changed host key loudly, even with a trusted fingerprint', async () => {
    const other = join(scratch, 'other_host_key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const wrong = join(scratch, 'wrong_known_hosts');
    const otherKey = readFileSync(`${other}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
    writeFileSync(wrong, `[127.0.0.1]:${sshd.port} ${otherKey}\n`);
    const failure = await connect(sshd.uri('qemu:///system', { known_hosts: wrong }), {
      ssh: { trustFingerprint: sshd.fingerprint },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SshHostKeyError);
    expect(failure).toMatchObject({ problem: 'changed', recordedAt: `${wrong}:1` });
    expect((failure as Error).message).toMatch(/CHANGED/);
  });

  it('says which methods were tried when authentication fails', async () => {
    const stranger = join(scratch, 'stranger_key');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', stranger]);
    const failure = await connect(
      sshd.uri('qemu:///system', { keyfile: stranger, sshauth: 'privkey,password' }),
      {
        ssh: { password: () => Promise.resolve(undefined) },
      },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SshAuthError);
    expect((failure as SshAuthError).tried).toEqual([`key ${stranger}`]);
    expect((failure as Error).message).toMatch(
      /tried: key .*stranger_key; the server accepts: publickey/,
    );
  });

  describe('with an SSH agent', () => {
    const saved = process.env['SSH_AUTH_SOCK'];
    let agent: ChildProcess | undefined;
    afterEach(() => {
      if (saved === undefined) delete process.env['SSH_AUTH_SOCK'];
      else process.env['SSH_AUTH_SOCK'] = saved;
      agent?.kill();
      agent = undefined;
    });

    async function startAgent(): Promise<string> {
      const socket = join(scratch, `agent-${Date.now()}.sock`);
      agent = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !existsSync(socket); i++)
        await new Promise((r) => setTimeout(r, 20));
      process.env['SSH_AUTH_SOCK'] = socket;
      return socket;
    }

    /** Connects, and says which authentication steps it took, in order. */
    async function connectTrying(uri: string): Promise<string[]> {
      const tried: string[] = [];
      const client = await connect(uri, { ssh: { onAuthTried: (entry) => tried.push(entry) } });
      await client.close();
      return tried;
    }

    it('logs in with a key held by the agent', async () => {
      const socket = await startAgent();
      execFileSync('ssh-add', ['-q', sshd.clientKey], {
        env: { ...process.env, SSH_AUTH_SOCK: socket },
      });
      expect(await connectTrying(sshd.uri('test:///default', { sshauth: 'agent' }))).toEqual([
        'agent',
      ]);
    });

    it('goes on to the key file when the agent has no key that fits', async () => {
      await startAgent();
      expect(await connectTrying(sshd.uri('test:///default'))).toEqual([
        'agent',
        `key ${sshd.clientKey}`,
      ]);
    });

    it('goes on to the key file when SSH_AUTH_SOCK is stale', async () => {
      const stale = join(scratch, 'gone.sock');
      process.env['SSH_AUTH_SOCK'] = stale;
      expect(await connectTrying(sshd.uri('test:///default'))).toEqual([
        `agent (skipped: cannot reach ${stale}: ENOENT)`,
        `key ${sshd.clientKey}`,
      ]);
    });
  });

  it('says when the daemon socket is missing on the remote side', async () => {
    await expect(
      connect(sshd.uri('qemu:///system', { socket: '/var/run/libvirt/no-such-sock' })),
    ).rejects.toThrow(/libvirt daemon on 127\.0\.0\.1 is not reachable/);
  });

  it('says when the remote has neither virt-ssh-helper nor nc', async () => {
    // A second server whose sessions see only sh and grep on their PATH.
    const bin = join(scratch, 'bare-bin');
    mkdirSync(bin);
    for (const tool of ['sh', 'grep'])
      symlinkSync(execFileSync('which', [tool], { encoding: 'utf8' }).trim(), join(bin, tool));
    const bare = await startSshd([`SetEnv PATH=${bin}`]);
    try {
      await expect(connect(bare.uri('qemu:///system'))).rejects.toThrow(
        /neither virt-ssh-helper nor nc/,
      );
    } finally {
      await bare.stop();
    }
  });

  it('says when the connection is refused or the name does not resolve', async () => {
    const closedPort = sshd.uri('qemu:///system').replace(`:${sshd.port}/`, ':1/');
    await expect(connect(closedPort)).rejects.toThrow(/refused the connection on port 1/);
    await expect(connect('qemu+ssh://root@no-such-host.invalid/system')).rejects.toThrow(
      /cannot resolve the host name "no-such-host.invalid"/,
    );
  });

  it('reports a connection whose server side went away', async () => {
    const before = new Set(sshd.sessions());
    const driver = await createLibvirtDriver(sshd.uri('test:///default'));
    const closed = new Promise<string>((resolve) =>
      driver.onEvent((event) => {
        if (event.kind === 'closed') resolve(event.message);
      }),
    );
    await driver.listDomains(); // let the driver finish registering its events
    const [session] = sshd.sessions().filter((pid) => !before.has(pid));
    expect(session).toBeDefined();
    process.kill(session!, 'SIGKILL');
    expect(await closed).toMatch(/closed|ended|went away/);
    await driver.close();
  });

  it('notices a server that stops answering through SSH keepalive', async () => {
    const before = new Set(sshd.sessions());
    const client = await connect(sshd.uri('test:///default'), {
      ssh: { keepaliveIntervalMs: 200 },
      keepalive: false,
    });
    const [session] = sshd.sessions().filter((pid) => !before.has(pid));
    expect(session).toBeDefined();
    process.kill(session!, 'SIGSTOP');
    try {
      await expect(client.connectGetHostname()).rejects.toThrow(/keepalive/i);
    } finally {
      process.kill(session!, 'SIGCONT');
      await client.close();
    }
  });

  it('rejects mode=direct as libvirt does', async () => {
    await expect(connect(sshd.uri('qemu:///system', { mode: 'direct' }))).rejects.toThrow(
      /mode=direct/,
    );
  });
});

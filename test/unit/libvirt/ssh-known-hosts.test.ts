import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkHostKey,
  fingerprintOf,
  keyTypeOf,
  knownHostLine,
  knownHostName,
  parseKnownHosts,
  patternsMatch,
} from '../../../src/drivers/libvirt/transport/ssh/known-hosts';
import {
  hostKeyPolicy,
  judgeHostKey,
  preferredAlgorithms,
} from '../../../src/drivers/libvirt/transport/ssh/host-keys';
import { SshHostKeyError } from '../../../src/drivers/libvirt/transport/ssh/errors';
import { parseLibvirtUri } from '../../../src/drivers/libvirt/transport/uri';

// Two ed25519 keys made with ssh-keygen; KEY_A's fingerprint as `ssh-keygen -l` printed it.
const KEY_A = 'AAAAC3NzaC1lZDI1NTE5AAAAIGxLichotr5NLWcD4IZWBkyKMxqkpFTRJoF9UDlkZH/t';
const KEY_A_FINGERPRINT = 'SHA256:VgwQ7WuagXTUPwmbw2pVLivYcUvJ1bG4nq3MvNrLzy0';
const KEY_B = 'AAAAC3NzaC1lZDI1NTE5AAAAILctrlg2witzdCrPO30yP2/vkO+S5syOdSLf1DaJ3nKI';
// `ssh-keygen -H` of "host.example.org" and "[host.example.org]:2222", both with KEY_A.
const HASHED = [
  `|1|IfY92q20ySs844pq8OsVp3ycFIg=|bFlsujElewAwApmYfaHuA4zt4JU= ssh-ed25519 ${KEY_A}`,
  `|1|lIYCVApopzGBnU3vJsREe3ob8bQ=|LcophQfW0r4aa1l0ZkG51HM9QJ0= ssh-ed25519 ${KEY_A}`,
].join('\n');

const a = Buffer.from(KEY_A, 'base64');
const b = Buffer.from(KEY_B, 'base64');

/** A key blob of another type: only its leading type string matters here. */
function blobOfType(type: string): Buffer {
  const name = Buffer.from(type);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(name.length);
  return Buffer.concat([length, name, Buffer.from('fake-key-material')]);
}

describe('known_hosts parsing', () => {
  it('reads plain, hashed, marked, commented and damaged lines', () => {
    const entries = parseKnownHosts(
      [
        '# a comment',
        '',
        `server1,192.0.2.7 ssh-ed25519 ${KEY_A} root@server1`,
        `@revoked old.example.org ssh-ed25519 ${KEY_B}`,
        `@cert-authority *.example.org ssh-ed25519 ${KEY_B}`,
        `broken ssh-rsa ${KEY_A}`, // type field disagrees with the blob
        'half-a-line ssh-ed25519',
        HASHED,
      ].join('\n'),
      'kh',
    );
    expect(entries.map((entry) => [entry.line, entry.revoked, entry.keyType])).toEqual([
      [3, false, 'ssh-ed25519'],
      [4, true, 'ssh-ed25519'],
      [8, false, 'ssh-ed25519'],
      [9, false, 'ssh-ed25519'],
    ]);
  });

  it('names hosts on other ports as [host]:port, lower case', () => {
    expect(knownHostName('Server1', 22)).toBe('server1');
    expect(knownHostName('Server1', 2222)).toBe('[server1]:2222');
  });

  it('matches lists, wildcards and negations', () => {
    expect(patternsMatch('server1,192.0.2.7', '192.0.2.7')).toBe(true);
    expect(patternsMatch('*.example.org', 'a.example.org')).toBe(true);
    expect(patternsMatch('*.example.org', 'example.org')).toBe(false);
    expect(patternsMatch('server?', 'server7')).toBe(true);
    expect(patternsMatch('*.example.org,!bad.example.org', 'bad.example.org')).toBe(false);
    expect(patternsMatch('[server1]:2222', '[server1]:2222')).toBe(true);
    expect(patternsMatch('server1', '[server1]:2222')).toBe(false);
    expect(patternsMatch('a.b', 'axb')).toBe(false);
  });

  it('matches hashed names as OpenSSH writes them, with and without a port', () => {
    const entries = parseKnownHosts(HASHED, 'kh');
    expect(checkHostKey(entries, 'host.example.org', 22, a)).toEqual({ status: 'known' });
    expect(checkHostKey(entries, 'HOST.example.org', 2222, a)).toEqual({ status: 'known' });
    expect(checkHostKey(entries, 'host.example.org', 2200, a).status).toBe('unknown');
    expect(checkHostKey(entries, 'other.example.org', 22, a).status).toBe('unknown');
  });
});

describe('host key verdicts', () => {
  const entries = parseKnownHosts(
    [`server1 ssh-ed25519 ${KEY_A}`, `@revoked server2 ssh-ed25519 ${KEY_B}`].join('\n'),
    '/home/u/.ssh/known_hosts',
  );

  it('knows the recorded key', () => {
    expect(checkHostKey(entries, 'server1', 22, a)).toEqual({ status: 'known' });
  });

  it('calls a different key of the same type changed, and says where the old one is', () => {
    const verdict = checkHostKey(entries, 'server1', 22, b);
    expect(verdict).toMatchObject({
      status: 'changed',
      entry: { file: '/home/u/.ssh/known_hosts', line: 1 },
    });
  });

  it('calls a key of another type unknown, naming the known types', () => {
    expect(checkHostKey(entries, 'server1', 22, blobOfType('ecdsa-sha2-nistp256'))).toEqual({
      status: 'unknown',
      otherTypes: ['ssh-ed25519'],
    });
  });

  it('refuses a revoked key', () => {
    expect(checkHostKey(entries, 'server2', 22, b).status).toBe('revoked');
  });

  it('prints fingerprints and key types as ssh does', () => {
    expect(fingerprintOf(a)).toBe(KEY_A_FINGERPRINT);
    expect(keyTypeOf(a)).toBe('ssh-ed25519');
    expect(keyTypeOf(Buffer.from([0, 0, 0, 99]))).toBe('');
  });

  it('offers the known key types first', () => {
    expect(preferredAlgorithms(['ssh-rsa']).slice(0, 4)).toEqual([
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
      'ssh-ed25519',
    ]);
  });
});

describe('trusting a host key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-kh-'));
  const appFile = join(dir, 'app', 'known_hosts');
  const uri = parseLibvirtUri(
    `qemu+ssh://root@server1:2222/system?known_hosts=${join(dir, 'none')}`,
  );
  const policy = hostKeyPolicy(uri, appFile);

  it('fails for an unknown key with its type and fingerprint', async () => {
    const failure = await judgeHostKey(a, 'server1', 2222, [], policy, undefined).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(SshHostKeyError);
    expect(failure).toMatchObject({
      problem: 'unknown',
      hostKey: {
        host: 'server1',
        port: 2222,
        keyType: 'ssh-ed25519',
        fingerprint: KEY_A_FINGERPRINT,
      },
    });
  });

  it('does not accept a different fingerprint than the one trusted', async () => {
    await expect(
      judgeHostKey(b, 'server1', 2222, [], policy, KEY_A_FINGERPRINT),
    ).rejects.toMatchObject({
      problem: 'unknown',
    });
  });

  it('records a trusted key in the app file, which then knows it', async () => {
    await judgeHostKey(a, 'server1', 2222, [], policy, KEY_A_FINGERPRINT);
    const text = readFileSync(appFile, 'utf8');
    expect(text).toBe(knownHostLine('server1', 2222, a));
    const entries = parseKnownHosts(text, appFile);
    await expect(
      judgeHostKey(a, 'server1', 2222, entries, policy, undefined),
    ).resolves.toBeUndefined();
  });

  it('never lets a trusted fingerprint override a changed key', async () => {
    const entries = parseKnownHosts(`[server1]:2222 ssh-ed25519 ${KEY_A}`, 'kh');
    const failure = await judgeHostKey(b, 'server1', 2222, entries, policy, fingerprintOf(b)).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ problem: 'changed', recordedAt: 'kh:1' });
    expect((failure as Error).message).toMatch(/CHANGED/);
  });

  it('reads known_hosts= instead of ~/.ssh/known_hosts, then the app file', () => {
    expect(policy.files).toEqual([join(dir, 'none'), appFile]);
    const noVerify = hostKeyPolicy(parseLibvirtUri('qemu+ssh://h/system?no_verify=1'), undefined);
    expect(noVerify).toMatchObject({ acceptUnknown: true, recordUnknown: false, ignore: false });
  });

  it('accepts an unknown key under no_verify=1 without recording it', async () => {
    const noVerify = hostKeyPolicy(
      parseLibvirtUri('qemu+ssh://h/system?no_verify=1'),
      join(dir, 'nv'),
    );
    await judgeHostKey(a, 'h', 22, [], noVerify, undefined);
    expect(() => readFileSync(join(dir, 'nv'))).toThrow();
  });
});

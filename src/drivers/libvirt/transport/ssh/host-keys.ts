import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LibvirtUri } from '../uri';
import { SshHostKeyError } from './errors';
import {
  checkHostKey,
  fingerprintOf,
  keyTypeOf,
  knownHostLine,
  parseKnownHosts,
  type KnownHostEntry,
} from './known-hosts';

/** Host key algorithms per key type, best first; the order ssh2 uses by default. */
const ALGORITHMS_BY_KEY_TYPE: Record<string, string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
const DEFAULT_ALGORITHMS = Object.values(ALGORITHMS_BY_KEY_TYPE).flat();

export interface HostKeyPolicy {
  /** Files read for known keys. */
  readonly files: readonly string[];
  /** Where a key the caller trusted is recorded; none: trusted for this connection only. */
  readonly recordIn: string | undefined;
  /** Accept a key no file knows (no_verify=1, known_hosts_verify=auto); a changed key still fails. */
  readonly acceptUnknown: boolean;
  /** Record unknown keys accepted by policy (known_hosts_verify=auto). */
  readonly recordUnknown: boolean;
  /** known_hosts_verify=ignore: no checking at all. */
  readonly ignore: boolean;
}

export function hostKeyPolicy(
  uri: LibvirtUri,
  appKnownHostsFile: string | undefined,
): HostKeyPolicy {
  const explicit = uri.params.get('known_hosts');
  const files = [explicit || join(homedir(), '.ssh', 'known_hosts')];
  if (appKnownHostsFile) files.push(appKnownHostsFile);
  const verify = uri.params.get('known_hosts_verify') ?? 'normal';
  const noVerify = uri.params.get('no_verify') === '1';
  return {
    files,
    recordIn: appKnownHostsFile,
    acceptUnknown: noVerify || verify === 'auto',
    recordUnknown: verify === 'auto',
    ignore: verify === 'ignore',
  };
}

export async function readKnownHosts(files: readonly string[]): Promise<KnownHostEntry[]> {
  const texts = await Promise.all(
    files.map((file) =>
      readFile(file, 'utf8').then(
        (text) => parseKnownHosts(text, file),
        () => [],
      ),
    ),
  );
  return texts.flat();
}

/** Host key algorithms with the types already known for this host first, so their keys are offered. */
export function preferredAlgorithms(knownTypes: readonly string[]): string[] {
  const first = knownTypes.flatMap((type) => ALGORITHMS_BY_KEY_TYPE[type] ?? []);
  return [...new Set([...first, ...DEFAULT_ALGORITHMS])];
}

/**
 * Judges the server's key. Resolves when the connection may go on (recording the key if the
 * caller trusted exactly this fingerprint), throws SshHostKeyError otherwise.
 */
export async function judgeHostKey(
  key: Buffer,
  host: string,
  port: number,
  entries: readonly KnownHostEntry[],
  policy: HostKeyPolicy,
  trustFingerprint: string | undefined,
): Promise<void> {
  if (policy.ignore) return;
  const presented = { host, port, keyType: keyTypeOf(key), fingerprint: fingerprintOf(key) };
  const verdict = checkHostKey(entries, host, port, key);
  if (verdict.status === 'known') return;
  if (verdict.status !== 'unknown') {
    throw new SshHostKeyError(
      verdict.status,
      presented,
      `${verdict.entry.file}:${verdict.entry.line}`,
    );
  }
  const trusted = trustFingerprint === presented.fingerprint;
  if (!trusted && !policy.acceptUnknown) throw new SshHostKeyError('unknown', presented);
  if ((trusted || policy.recordUnknown) && policy.recordIn) {
    await mkdir(dirname(policy.recordIn), { recursive: true });
    await appendFile(policy.recordIn, knownHostLine(host, port, key), { mode: 0o600 });
  }
}

export function knownTypesFor(
  entries: readonly KnownHostEntry[],
  host: string,
  port: number,
): string[] {
  const verdict = checkHostKey(entries, host, port, Buffer.alloc(0));
  return verdict.status === 'unknown' ? verdict.otherTypes : [];
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * OpenSSH known_hosts files: one host key a line, as
 *   [@marker] patterns keytype base64-key [comment]
 * where patterns is a comma list of names (wildcards * and ?, ! negates, "[host]:port" for
 * a port other than 22) or one hashed name "|1|salt|hmac" (HMAC-SHA1 of the name, keyed
 * with the salt). Only what checking a server's key needs is read; @cert-authority lines
 * are skipped because host certificates are not used here.
 */
export interface KnownHostEntry {
  readonly file: string;
  readonly line: number;
  readonly revoked: boolean;
  readonly patterns: string;
  readonly keyType: string;
  readonly key: Buffer;
}

export function parseKnownHosts(text: string, file: string): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === '' || fields[0]?.startsWith('#')) return;
    let revoked = false;
    if (fields[0]?.startsWith('@')) {
      if (fields[0] === '@cert-authority') return;
      revoked = fields[0] === '@revoked';
      if (!revoked) return; // a marker this reader does not know: ignore the line, as ssh does
      fields.shift();
    }
    const [patterns, keyType, base64] = fields;
    if (!patterns || !keyType || !base64) return;
    const key = Buffer.from(base64, 'base64');
    // A damaged line is ignored rather than failing the whole file.
    if (key.length === 0 || keyTypeOf(key) !== keyType) return;
    entries.push({ file, line: index + 1, revoked, patterns, keyType, key });
  });
  return entries;
}

/** How a host is named in known_hosts: "host" on port 22, "[host]:port" otherwise. */
export function knownHostName(host: string, port: number): string {
  const name = host.toLowerCase();
  return port === 22 ? name : `[${name}]:${port}`;
}

function matchesHashed(pattern: string, name: string): boolean {
  const [, magic, salt, hash] = pattern.split('|');
  if (magic !== '1' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function wildcardRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Whether an entry's patterns name the host: one positive match and no negated one. */
export function patternsMatch(patterns: string, name: string): boolean {
  if (patterns.startsWith('|')) return matchesHashed(patterns, name);
  let matched = false;
  for (const pattern of patterns.toLowerCase().split(',')) {
    const negated = pattern.startsWith('!');
    if (!wildcardRegExp(negated ? pattern.slice(1) : pattern).test(name)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** The algorithm name at the start of an SSH public key blob ("ssh-ed25519", ...). */
export function keyTypeOf(key: Buffer): string {
  if (key.length < 4) return '';
  const length = key.readUInt32BE(0);
  return length > 0 && length <= key.length - 4
    ? key.subarray(4, 4 + length).toString('latin1')
    : '';
}

/** "SHA256:..." as ssh prints it: unpadded base64 of the blob's SHA-256. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

export type HostKeyVerdict =
  | { status: 'known' }
  | { status: 'unknown'; otherTypes: string[] }
  | { status: 'changed'; entry: KnownHostEntry }
  | { status: 'revoked'; entry: KnownHostEntry };

/**
 * Checks a server's key against the entries. A key of the same type that differs is a
 * changed key (someone may be in the middle); a host known only by keys of other types is
 * unknown for this type, and otherTypes lets the caller prefer those next time.
 */
export function checkHostKey(
  entries: readonly KnownHostEntry[],
  host: string,
  port: number,
  key: Buffer,
): HostKeyVerdict {
  const name = knownHostName(host, port);
  const keyType = keyTypeOf(key);
  const forHost = entries.filter((entry) => patternsMatch(entry.patterns, name));
  const revoked = forHost.find((entry) => entry.revoked && entry.key.equals(key));
  if (revoked) return { status: 'revoked', entry: revoked };
  const sameType = forHost.filter((entry) => !entry.revoked && entry.keyType === keyType);
  if (sameType.some((entry) => entry.key.equals(key))) return { status: 'known' };
  const first = sameType[0];
  if (first) return { status: 'changed', entry: first };
  const otherTypes = [
    ...new Set(forHost.filter((entry) => !entry.revoked).map((entry) => entry.keyType)),
  ];
  return { status: 'unknown', otherTypes };
}

/** The line that records a trusted key (unhashed, so the file stays readable). */
export function knownHostLine(host: string, port: number, key: Buffer): string {
  return `${knownHostName(host, port)} ${keyTypeOf(key)} ${key.toString('base64')}\n`;
}

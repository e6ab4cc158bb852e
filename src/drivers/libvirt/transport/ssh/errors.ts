import { DriverError } from '../../../driver';
import { ErrorCode, ErrorDomain } from '../../errors';

/** The server's key as the user is asked to judge it. */
export interface PresentedHostKey {
  readonly host: string;
  readonly port: number;
  /** e.g. "ssh-ed25519". */
  readonly keyType: string;
  /** "SHA256:...", as ssh prints it. */
  readonly fingerprint: string;
}

/**
 * The server's key is not in any known_hosts file (unknown), differs from the recorded one
 * (changed: maybe someone in the middle) or is marked @revoked. Only an unknown key may be
 * trusted, by passing its fingerprint back as `trustFingerprint`.
 */
export class SshHostKeyError extends DriverError {
  constructor(
    readonly problem: 'unknown' | 'changed' | 'revoked',
    readonly hostKey: PresentedHostKey,
    /** For changed and revoked keys: where the recorded entry is ("file:line"). */
    readonly recordedAt?: string,
  ) {
    super(hostKeyMessage(problem, hostKey, recordedAt), ErrorCode.AuthFailed, ErrorDomain.Rpc);
    this.name = 'SshHostKeyError';
  }
}

function hostKeyMessage(
  problem: SshHostKeyError['problem'],
  key: PresentedHostKey,
  at?: string,
): string {
  const where = key.port === 22 ? key.host : `${key.host} port ${key.port}`;
  if (problem === 'unknown') {
    return `the SSH host key of ${where} is not known yet (${key.keyType} ${key.fingerprint}); compare the fingerprint with the host's own before trusting it`;
  }
  if (problem === 'revoked') {
    return `the SSH host key of ${where} (${key.keyType} ${key.fingerprint}) is marked revoked in ${at}; not connecting`;
  }
  return (
    `WARNING: the SSH host key of ${where} has CHANGED: it is now ${key.keyType} ${key.fingerprint}, ` +
    `which is not the key recorded in ${at}. Someone may be intercepting the connection, or the ` +
    `host was reinstalled. Not connecting; if the change is expected, remove the old entry.`
  );
}

/** Every authentication method that was tried was refused. */
export class SshAuthError extends DriverError {
  constructor(
    readonly user: string,
    readonly host: string,
    /** What was tried, in order, e.g. ["agent", "key ~/.ssh/id_ed25519", "password"]. */
    readonly tried: readonly string[],
    /** The methods the server still offered, e.g. ["publickey", "password"]. */
    readonly serverMethods: readonly string[],
  ) {
    super(
      `SSH authentication as ${user} on ${host} failed; tried: ${tried.length ? tried.join(', ') : 'nothing (no agent, no key file)'}` +
        (serverMethods.length ? `; the server accepts: ${serverMethods.join(', ')}` : ''),
      ErrorCode.AuthFailed,
      ErrorDomain.Rpc,
    );
    this.name = 'SshAuthError';
  }

  /** Whether asking for a password could help. */
  get passwordWouldHelp(): boolean {
    return (
      !this.tried.includes('password') &&
      this.serverMethods.some(
        (method) => method === 'password' || method === 'keyboard-interactive',
      )
    );
  }
}

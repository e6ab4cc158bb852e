import { SshAuthError, SshHostKeyError } from '../../drivers/libvirt';
import type { HostAddQuestion } from '../../shared/ipc/contract';

/**
 * The question a failed SSH connection leaves for the user, if any: an unknown host key
 * to trust, or a password when keys were refused and the server takes passwords. A
 * changed or revoked key is no question: it stays an error.
 */
export function sshQuestionFor(
  cause: unknown,
  passwordGiven: boolean,
): HostAddQuestion | undefined {
  if (cause instanceof SshHostKeyError && cause.problem === 'unknown') {
    const { host, port, keyType, fingerprint } = cause.hostKey;
    return { ask: 'trust-host-key', host, port, keyType, fingerprint };
  }
  if (cause instanceof SshAuthError && (cause.passwordWouldHelp || passwordGiven)) {
    return {
      ask: 'password',
      user: cause.user,
      host: cause.host,
      message: passwordGiven ? `The password was refused. ${cause.message}.` : cause.message,
    };
  }
  return undefined;
}

import { Alert } from '@patternfly/react-core';
import type { HostAddQuestion } from '../../../shared/ipc/contract';

export type TrustQuestion = Extract<HostAddQuestion, { ask: 'trust-host-key' }>;

/** The unknown host key, as ssh shows it, and what checking it means. */
export function HostKeyPrompt({ question }: { question: TrustQuestion }) {
  const where = question.port === 22 ? question.host : `${question.host} port ${question.port}`;
  return (
    <Alert variant="warning" isInline title={`The SSH host key of ${where} is not known yet`}>
      <p>
        {question.keyType} key fingerprint:{' '}
        <code data-testid="host-key-fingerprint">{question.fingerprint}</code>
      </p>
      <p>
        Connect only if it matches the host&apos;s key (on the host:{' '}
        <code>ssh-keygen -lf /etc/ssh/ssh_host_{keyFileType(question.keyType)}_key.pub</code>). Once
        trusted, the key is remembered and a different key later is refused.
      </p>
    </Alert>
  );
}

/** The name part of the host key file sshd keeps for a key type. */
function keyFileType(keyType: string): string {
  if (keyType === 'ssh-ed25519') return 'ed25519';
  if (keyType.startsWith('ecdsa-')) return 'ecdsa';
  return 'rsa';
}

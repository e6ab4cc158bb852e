import { useState, type FormEvent } from 'react';
import {
  Button,
  Form,
  Modal,
  ModalBody,
  ModalHeader,
  type ButtonProps,
} from '@patternfly/react-core';
import type { HostSummary } from '../../../shared/dto';
import type { HostAddQuestion } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import { reconnectHost } from '../../app/loaders';
import { DialogFooter } from '../../components/DialogFooter';
import { PasswordPrompt } from './PasswordPrompt';
import { HostKeyPrompt } from './HostKeyPrompt';

interface Props {
  host: Pick<HostSummary, 'id' | 'name' | 'status'>;
  variant?: ButtonProps['variant'];
}

/**
 * Connects a host again now: "Retry now" while the app retries by itself, "Reconnect" once
 * it has stopped. When the host side needs the user (the password again, a new host key),
 * it asks here, as the Add host dialog does.
 */
export function ReconnectButton({ host, variant = 'primary' }: Props) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [question, setQuestion] = useState<HostAddQuestion>();
  const run = async (answers: { password?: string; trustHostKey?: string } = {}) => {
    setBusy(true);
    try {
      setQuestion(await reconnectHost(client, host.id, answers));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant={variant}
        isInline={variant === 'link'}
        isDisabled={busy}
        onClick={() => void run()}
      >
        {host.status === 'reconnecting' ? 'Retry now' : 'Reconnect'}
      </Button>
      {question && (
        <ReconnectQuestionModal
          hostName={host.name}
          question={question}
          busy={busy}
          onAnswer={(answers) => void run(answers)}
          onClose={() => setQuestion(undefined)}
        />
      )}
    </>
  );
}

interface ModalProps {
  hostName: string;
  question: HostAddQuestion;
  busy: boolean;
  onAnswer: (answers: { password?: string; trustHostKey?: string }) => void;
  onClose: () => void;
}

function ReconnectQuestionModal({ hostName, question, busy, onAnswer, onClose }: ModalProps) {
  const [password, setPassword] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (question.ask === 'trust-host-key') onAnswer({ trustHostKey: question.fingerprint });
    else if (password !== '') onAnswer({ password });
  };
  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="reconnect-title">
      <ModalHeader title={`Reconnect to ${hostName}`} labelId="reconnect-title" />
      <ModalBody>
        <Form id="reconnect-form" onSubmit={submit}>
          {question.ask === 'trust-host-key' ? (
            <HostKeyPrompt question={question} />
          ) : (
            <PasswordPrompt
              id="reconnect-password"
              question={question}
              password={password}
              onChange={setPassword}
            />
          )}
        </Form>
      </ModalBody>
      <DialogFooter
        action={question.ask === 'trust-host-key' ? 'Trust and connect' : 'Connect'}
        form="reconnect-form"
        busy={busy}
        disabled={question.ask === 'password' && password === ''}
        onCancel={onClose}
      />
    </Modal>
  );
}

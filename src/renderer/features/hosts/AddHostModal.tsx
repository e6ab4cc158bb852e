import { useState, type FormEvent } from 'react';
import {
  Alert,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { methods } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import { DialogFooter } from '../../components/DialogFooter';
import { useDialogAction } from '../../components/use-dialog-action';
import { useHostsStore } from '../../stores/hosts-store';
import { PasswordPrompt } from './PasswordPrompt';
import type { PasswordQuestion } from './PasswordPrompt';
import { HostKeyPrompt, type TrustQuestion } from './HostKeyPrompt';
import { useUiStore } from '../../stores/ui-store';

const uriSchema = methods['hosts.add'].input.shape.uri;

/** The URI's problem as the user types, from the contract's own schema; none for an empty field. */
function uriProblem(uri: string): string | undefined {
  if (uri.trim() === '') return undefined;
  const parsed = uriSchema.safeParse(uri);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * Adds a host by libvirt URI. The host side connects first and only lists and remembers
 * a host it could reach, so a typo never leaves a dead entry behind. For an SSH host it
 * may ask first: to trust a host key no known_hosts file has (shown with its fingerprint,
 * never accepted silently), or for a password when the agent and key files were refused
 * (used for this session, not saved).
 */
export function AddHostModal({ onClose }: { onClose: () => void }) {
  const client = useClient();
  const [uri, setUri] = useState('');
  const [name, setName] = useState('');
  const { busy, failure, run } = useDialogAction();
  const [hostKey, setHostKey] = useState<TrustQuestion>();
  const [trusted, setTrusted] = useState<string>();
  const [passwordQuestion, setPasswordQuestion] = useState<PasswordQuestion>();
  const [password, setPassword] = useState('');
  const problem = uriProblem(uri);

  const changeUri = (value: string) => {
    setUri(value);
    // Answers belong to the host they were given for.
    setHostKey(undefined);
    setTrusted(undefined);
    setPasswordQuestion(undefined);
    setPassword('');
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (problem || uri.trim() === '' || busy) return;
    const trustHostKey = hostKey?.fingerprint ?? trusted;
    await run(async () => {
      const result = await client.invoke('hosts.add', {
        uri,
        ...(name.trim() ? { name } : {}),
        ...(trustHostKey ? { trustHostKey } : {}),
        ...(passwordQuestion ? { password } : {}),
      });
      if ('ask' in result) {
        if (trustHostKey) setTrusted(trustHostKey);
        setHostKey(result.ask === 'trust-host-key' ? result : undefined);
        setPasswordQuestion(result.ask === 'password' ? result : undefined);
        setPassword('');
        return;
      }
      useHostsStore.getState().upsertHost(result);
      useUiStore.getState().selectHost(result.id);
      onClose();
    });
  };

  const action = hostKey ? 'Trust and connect' : passwordQuestion ? 'Connect' : 'Add host';

  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="add-host-title">
      <ModalHeader title="Add a host" labelId="add-host-title" />
      <ModalBody>
        <Form id="add-host-form" onSubmit={(event) => void submit(event)}>
          {failure && (
            <Alert variant="danger" isInline isPlain title="The host could not be added">
              {failure}
            </Alert>
          )}
          <FormGroup label="libvirt URI" isRequired fieldId="add-host-uri">
            <TextInput
              id="add-host-uri"
              value={uri}
              onChange={(_event, value) => changeUri(value)}
              validated={problem ? 'error' : 'default'}
              placeholder="qemu:///system"
              isRequired
            />
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={problem ? 'error' : 'default'}>
                  {problem ??
                    'For example qemu:///system, qemu+ssh://root@server/system or qemu+tls://server/system'}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
          <FormGroup label="Name (optional)" fieldId="add-host-name">
            <TextInput
              id="add-host-name"
              value={name}
              onChange={(_event, value) => setName(value)}
            />
          </FormGroup>
          {hostKey && <HostKeyPrompt question={hostKey} />}
          {passwordQuestion && (
            <PasswordPrompt
              id="add-host-password"
              question={passwordQuestion}
              password={password}
              onChange={setPassword}
            />
          )}
        </Form>
      </ModalBody>
      <DialogFooter
        action={busy ? 'Connecting…' : action}
        form="add-host-form"
        busy={busy}
        disabled={
          uri.trim() === '' ||
          problem !== undefined ||
          (passwordQuestion !== undefined && password === '')
        }
        onCancel={onClose}
      />
    </Modal>
  );
}

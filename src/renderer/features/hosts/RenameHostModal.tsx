import { useState, type FormEvent } from 'react';
import { Alert, Form, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import type { HostSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { renameHost } from '../../app/host-actions';
import { DialogFooter } from '../../components/DialogFooter';
import { useDialogAction } from '../../components/use-dialog-action';
import { useHostsStore } from '../../stores/hosts-store';
import { TextField } from '../devices/form-fields';
import { hostNameProblem } from './host-name';

/** Gives a host another name in the sidebar; the host side saves it with the host. */
export function RenameHostModal({ host, onClose }: { host: HostSummary; onClose: () => void }) {
  const client = useClient();
  const hosts = useHostsStore((state) => state.hosts);
  const [name, setName] = useState(host.name);
  const { busy, failure, run } = useDialogAction();
  const problem = hostNameProblem(name, host.id, hosts);
  const unchanged = name.trim() === host.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem !== undefined || unchanged || busy) return;
    if (await run(() => renameHost(client, host.id, name))) onClose();
  };

  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="vd-rename-host-title">
      <ModalHeader title={`Rename ${host.name}`} labelId="vd-rename-host-title" />
      <ModalBody>
        <Form id="vd-rename-host-form" onSubmit={(event) => void submit(event)}>
          {failure !== undefined && (
            <Alert variant="danger" isInline isPlain title="The host could not be renamed">
              {failure}
            </Alert>
          )}
          <TextField
            id="vd-rename-host-name"
            label="Name"
            value={name}
            onChange={setName}
            error={problem}
            hint={`The name shown in the sidebar. The host's URI stays ${host.uri}.`}
          />
        </Form>
      </ModalBody>
      <DialogFooter
        action="Rename"
        form="vd-rename-host-form"
        busy={busy}
        disabled={problem !== undefined || unchanged}
        onCancel={onClose}
      />
    </Modal>
  );
}

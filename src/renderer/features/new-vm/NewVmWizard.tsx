import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Modal,
  ModalBody,
  Spinner,
  Wizard,
  WizardHeader,
  WizardStep,
} from '@patternfly/react-core';
import { AppError } from '../../../shared/errors';
import type { NewVmOptions } from '../../../shared/vm-create';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';
import { NameSourceStep } from './NameSourceStep';
import { NetworkStep } from './NetworkStep';
import type { FieldErrors, NewVmForm } from './new-vm-form';
import { initialForm, requestFromForm, stepOf } from './new-vm-form';
import { ResourcesStep } from './ResourcesStep';
import { ReviewStep } from './ReviewStep';
import { StorageStep } from './StorageStep';

/**
 * The New VM wizard: name and OS source, memory and CPUs, storage, network, review.
 * Fields are checked as they are typed against the host's choices and limits; the host
 * checks everything again before it creates anything, and its refusals land on the
 * fields they concern. Once created, the VM is selected in the list.
 */
export function NewVmWizard({
  hostId,
  hostName,
  onClose,
}: {
  hostId: string;
  hostName: string;
  onClose: () => void;
}) {
  const client = useClient();
  const [options, setOptions] = useState<NewVmOptions>();
  const [loadError, setLoadError] = useState<string>();
  const [form, setForm] = useState<NewVmForm>();
  const [hostErrors, setHostErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [creating, setCreating] = useState(false);
  const byUuid = useVmsStore((state) => state.byUuid);
  const takenNames = useMemo(
    () =>
      new Set(
        Object.values(byUuid)
          .filter((vm) => vm.hostId === hostId)
          .map((vm) => vm.name),
      ),
    [byUuid, hostId],
  );

  useEffect(() => {
    let current = true;
    client
      .invoke('vms.createOptions', { hostId })
      .then((loaded) => {
        if (!current) return;
        setOptions(loaded);
        setForm(initialForm(loaded, takenNames));
      })
      .catch((error: unknown) => current && setLoadError(errorMessage(error)));
    return () => {
      current = false;
    };
    // The first suggestion of a free name is enough; later lists do not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hostId]);

  const title = `New VM on ${hostName}`;
  if (!options || !form) {
    return (
      <Modal variant="small" isOpen onClose={onClose} aria-label={title}>
        <ModalBody>
          {loadError === undefined ? (
            <Spinner aria-label="Reading the host's choices" />
          ) : (
            <Alert
              variant="danger"
              isInline
              title={`Could not read what this host offers: ${loadError}`}
            />
          )}
        </ModalBody>
      </Modal>
    );
  }

  const { request, errors: formErrors } = requestFromForm(form, options, takenNames);
  const errors = { ...hostErrors, ...formErrors };
  const stepHasErrors = (step: ReturnType<typeof stepOf>) =>
    Object.keys(errors).some((path) => stepOf(path) === step);
  const change = (patch: Partial<NewVmForm>) => {
    setHostErrors({});
    setFailure(undefined);
    setForm((old) => (old ? { ...old, ...patch } : old));
  };
  const props = { form, errors, change, options };

  const create = async () => {
    if (!request) return;
    setCreating(true);
    setFailure(undefined);
    try {
      const outcome = await client.invoke('vms.create', { hostId, spec: request });
      useVmsStore.getState().upsertVm(outcome.vm);
      useUiStore.getState().openVm(outcome.vm.uuid);
      useNotificationsStore
        .getState()
        .notify(outcome.startError === undefined ? 'success' : 'danger', outcome.message);
      onClose();
    } catch (error) {
      const issues = error instanceof AppError ? (error.issues ?? []) : [];
      setHostErrors(Object.fromEntries(issues.map((issue) => [issue.path, issue.message])));
      setFailure(
        `The VM was not created: ${errorMessage(error).replace(/^The VM was not created: /, '')}`,
      );
    } finally {
      setCreating(false);
    }
  };

  const step = (id: ReturnType<typeof stepOf>, name: string, body: React.ReactNode) => (
    <WizardStep
      id={`vd-new-vm-step-${id}`}
      name={name}
      status={stepHasErrors(id) ? 'error' : 'default'}
      footer={{ isNextDisabled: stepHasErrors(id) }}
    >
      {body}
    </WizardStep>
  );

  return (
    // The wizard's header has the close button; the modal only adds Escape.
    <Modal variant="large" isOpen onEscapePress={onClose} aria-label={title}>
      <Wizard
        height={560}
        header={<WizardHeader title={title} onClose={onClose} closeButtonAriaLabel="Close" />}
        onClose={onClose}
        onSave={() => void create()}
        navAriaLabel="New VM steps"
      >
        {step('name', 'Name and OS', <NameSourceStep {...props} />)}
        {step('resources', 'Memory and CPUs', <ResourcesStep {...props} />)}
        {step('storage', 'Storage', <StorageStep {...props} />)}
        {step('network', 'Network', <NetworkStep {...props} />)}
        <WizardStep
          id="vd-new-vm-step-review"
          name="Review"
          footer={{ nextButtonText: 'Create', isNextDisabled: !request || creating }}
        >
          <ReviewStep
            hostId={hostId}
            request={request}
            form={form}
            change={change}
            failure={failure}
          />
        </WizardStep>
      </Wizard>
    </Modal>
  );
}

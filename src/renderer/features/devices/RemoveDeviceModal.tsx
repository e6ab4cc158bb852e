import { useState } from 'react';
import {
  Button,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Radio,
} from '@patternfly/react-core';
import type { DeviceListEntry, DeviceScopeChoice } from '../../../shared/ipc/contract';

type Choice = 'both' | 'live' | 'config';

const SCOPES: Record<Choice, DeviceScopeChoice> = {
  both: { live: true, config: true },
  live: { live: true, config: false },
  config: { live: false, config: true },
};

const LABELS: Record<Choice, string> = {
  both: 'From the running VM and its saved definition',
  live: 'From the running VM only (it comes back at the next boot)',
  config: 'From the saved definition only (the running VM keeps it until it shuts down)',
};

/** The removal choices a device offers, given where it exists and whether it can be unplugged. */
export function removalChoices(entry: DeviceListEntry): Choice[] {
  if (entry.removalProblem !== undefined) return [];
  const live = entry.inLive && entry.liveRemovalProblem === undefined;
  if (!entry.inLive) return ['config'];
  return [
    ...(live && entry.inConfig ? (['both'] as const) : []),
    ...(live ? (['live'] as const) : []),
    ...(entry.inConfig ? (['config'] as const) : []),
  ];
}

/** Confirms a removal and says where it acts: the running VM, the definition, or both. */
export function RemoveDeviceModal({
  entry,
  vmName,
  onConfirm,
  onClose,
}: {
  entry: DeviceListEntry;
  vmName: string;
  onConfirm: (scope: DeviceScopeChoice) => void;
  onClose: () => void;
}) {
  const choices = removalChoices(entry);
  const [choice, setChoice] = useState<Choice | undefined>(choices[0]);
  const acts = choice === undefined ? undefined : SCOPES[choice];
  const problem = entry.removalProblem ?? (entry.inLive ? entry.liveRemovalProblem : undefined);
  return (
    <Modal
      variant="small"
      isOpen
      onClose={onClose}
      aria-labelledby="vd-remove-title"
      aria-describedby="vd-remove-body"
    >
      <ModalHeader
        title={`Remove ${entry.title} from “${vmName}”?`}
        labelId="vd-remove-title"
        titleIconVariant="warning"
      />
      <ModalBody id="vd-remove-body">
        {problem !== undefined && <p>{problem}</p>}
        {entry.removalProblem !== undefined ? null : choices.length === 0 ? (
          <p>
            This device cannot be removed while the VM runs, and the saved definition does not have
            it.
          </p>
        ) : (
          <Form>
            <FormGroup role="radiogroup" fieldId="vd-remove-scope" label="Remove">
              {choices.map((option) => (
                <Radio
                  key={option}
                  id={`vd-remove-${option}`}
                  name="vd-remove-scope"
                  label={LABELS[option]}
                  isChecked={choice === option}
                  onChange={() => setChoice(option)}
                />
              ))}
            </FormGroup>
          </Form>
        )}
        {acts?.live && (
          <p className="vd-muted">
            The guest is asked to release the device. It is removed when the guest confirms; if the
            guest does not answer, the device is shown as “Removal pending”.
          </p>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" isDisabled={!acts} onClick={() => acts && onConfirm(acts)}>
          Remove
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  CodeBlock,
  CodeBlockCode,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Switch,
} from '@patternfly/react-core';
import type { HostResourceList } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import { errorMessage } from '../../app/error-message';
import { useNotificationsStore } from '../../stores/notifications-store';
import type { VmRef } from './device-actions';
import { loadDevices } from './device-actions';
import { HostdevFields } from './HostdevFields';
import { INITIAL_FORM, specFromForm, specToCheck } from './hardware-form';
import { initialPool } from './new-volume-form';
import type { HardwareForm } from './hardware-form';
import { NetworkFields } from './NetworkFields';
import { SimpleDeviceFields } from './SimpleDeviceFields';
import { SIMPLE_PAGES } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';
import { StorageFields } from './StorageFields';
import { AttachFailure, attachFailureOf } from './AttachFailure';
import type { AttachFailureInfo } from './AttachFailure';
import { useAttachCheck } from './use-attach-check';
import { availableDefaults, useHostSupport } from './use-host-support';
import { unavailableReason } from '../../../shared/host-support';

const PAGES: readonly (readonly [HardwareForm['type'], string])[] = [
  ['storage', 'Storage'],
  ['network', 'Network interface'],
  ['hostdev', 'USB or PCI host device'],
  ...SIMPLE_PAGES.map((page) => [page.kind, page.label] as const),
];

const isSimple = (type: HardwareForm['type']): type is SimpleKind =>
  type !== 'storage' && type !== 'network' && type !== 'hostdev';

/**
 * Adds a disk, network card, host device or one of the simple devices (RNG, TPM, ...). Every field is checked as it is typed; "Show
 * XML" shows the exact element the host will receive. The device is reported added only
 * once the host shows it.
 */
export function AddHardwareModal({
  vm,
  vmName,
  running,
  onClose,
}: {
  vm: VmRef;
  vmName: string;
  running: boolean;
  onClose: () => void;
}) {
  const client = useClient();
  const [form, setForm] = useState<HardwareForm>(INITIAL_FORM);
  const [touched, setTouched] = useState(false);
  const [scope, setScope] = useState({ live: running, config: true });
  const [showXml, setShowXml] = useState(false);
  const [preview, setPreview] = useState<{ specKey: string; xml: string }>();
  const [failure, setFailure] = useState<AttachFailureInfo>();
  const failureRef = useRef<HTMLDivElement>(null);
  const [sending, setSending] = useState(false);
  const [resources, setResources] = useState<HostResourceList>();
  // Once the host has said what it cannot do, the pages open on choices it can.
  const support = useHostSupport(vm, (answer) =>
    setForm((old) => ({
      ...old,
      simple: Object.fromEntries(
        SIMPLE_PAGES.map((page) => [
          page.kind,
          availableDefaults(page.kind, old.simple[page.kind], answer),
        ]),
      ) as HardwareForm['simple'],
    })),
  );
  const { spec, errors } = specFromForm(form, resources);
  const shownErrors = touched ? errors : {};
  const specKey = JSON.stringify(spec);
  const { liveProblem, definitionChange, unsupported, formatNote, formatProblem } = useAttachCheck(
    vm,
    running,
    specToCheck(form, spec),
    support,
  );
  // A device the running VM cannot take goes to the saved definition only.
  const liveAllowed = running && liveProblem === undefined;
  const acts = { live: scope.live && liveAllowed, config: scope.config };

  useEffect(() => {
    if (!showXml || !spec) return;
    let current = true;
    client
      .invoke('devices.previewXml', { ...vm, spec })
      .then((xml) => current && setPreview({ specKey, xml }))
      .catch(
        (error: unknown) =>
          current && setPreview({ specKey, xml: `<!-- ${errorMessage(error)} -->` }),
      );
    return () => {
      current = false;
    };
    // specKey stands for spec: a new object each render with the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, vm.hostId, vm.uuid, showXml, specKey]);

  useEffect(() => {
    let current = true;
    // Without the list (an older or unreachable host) the dialog falls back to typed names.
    client
      .invoke('devices.hostResources', { hostId: vm.hostId })
      .then((list) => {
        if (!current) return;
        setResources(list);
        // The pool box offers what the host has: start on one of its pools, never another.
        setForm((old) => ({
          ...old,
          storage: { ...old.storage, pool: initialPool(old.storage.pool, list) },
        }));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, vm.hostId]);

  // The host's refusal is shown at the top of the dialog, and brought into view.
  useEffect(() => {
    const box = failureRef.current;
    // jsdom has no scrolling; a browser always does.
    if (failure && typeof box?.scrollIntoView === 'function')
      box.scrollIntoView({ block: 'nearest' });
  }, [failure]);

  const change =
    <K extends 'storage' | 'network' | 'hostdev'>(page: K) =>
    (patch: Partial<HardwareForm[K]>) => {
      setTouched(true);
      setForm((old) => ({ ...old, [page]: { ...old[page], ...patch } }));
    };

  const changeSimple = (kind: SimpleKind) => (patch: SimpleValues) => {
    setTouched(true);
    setForm((old) => ({
      ...old,
      simple: { ...old.simple, [kind]: { ...old.simple[kind], ...patch } },
    }));
  };

  const submit = async () => {
    setTouched(true);
    if (!spec || unsupported !== undefined || formatProblem !== undefined) return;
    if (!acts.live && !acts.config) return;
    setSending(true);
    setFailure(undefined);
    try {
      const outcome = await client.invoke('devices.attach', { ...vm, spec, scope: acts });
      useNotificationsStore.getState().notify('success', `Added ${outcome.title} to ${vmName}.`);
      await loadDevices(client, vm);
      onClose();
    } catch (error) {
      setFailure(attachFailureOf(error, spec));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal variant="medium" isOpen onClose={onClose} aria-labelledby="vd-add-hw-title">
      <ModalHeader title={`Add hardware to “${vmName}”`} labelId="vd-add-hw-title" />
      <ModalBody>
        <div ref={failureRef}>
          {failure && (
            <AttachFailure
              hostId={vm.hostId}
              failure={failure}
              onNetworkStarted={(name) => {
                setFailure(undefined);
                setResources((old) => old && withNetworkActive(old, name));
              }}
            />
          )}
        </div>
        <Form
          id="vd-add-hw-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <FormGroup label="Kind of hardware" fieldId="vd-add-hw-kind">
            <FormSelect
              id="vd-add-hw-kind"
              value={form.type}
              onChange={(_event, value) =>
                setForm((old) => ({ ...old, type: value as HardwareForm['type'] }))
              }
            >
              {PAGES.map(([type, label]) => {
                const kind = type === 'storage' ? 'disk' : type === 'network' ? 'interface' : type;
                const missing = unavailableReason(support, 'kind', kind) !== undefined;
                return (
                  <FormSelectOption
                    key={type}
                    value={type}
                    label={missing ? `${label} (not on this host)` : label}
                    isDisabled={missing && type !== form.type}
                  />
                );
              })}
            </FormSelect>
          </FormGroup>
          {form.type === 'storage' && (
            <StorageFields
              storage={form.storage}
              errors={shownErrors}
              onChange={change('storage')}
              resources={resources}
              vmName={vmName}
              support={support}
              format={{ note: formatNote, problem: formatProblem }}
            />
          )}
          {form.type === 'network' && (
            <NetworkFields
              network={form.network}
              errors={shownErrors}
              onChange={change('network')}
              resources={resources}
            />
          )}
          {form.type === 'hostdev' && (
            <HostdevFields
              hostdev={form.hostdev}
              errors={shownErrors}
              onChange={change('hostdev')}
              resources={resources}
            />
          )}
          {isSimple(form.type) && (
            <SimpleDeviceFields
              key={form.type}
              kind={form.type}
              values={form.simple[form.type]}
              errors={shownErrors}
              onChange={changeSimple(form.type)}
              support={support}
            />
          )}
          <FormGroup role="group" isInline fieldId="vd-add-hw-scope" label="Add to">
            <Checkbox
              id="vd-add-hw-live"
              label="The running VM (now)"
              isChecked={acts.live}
              isDisabled={!liveAllowed}
              onChange={(_event, live) => setScope((old) => ({ ...old, live }))}
              {...(liveProblem === undefined ? {} : { 'aria-describedby': 'vd-add-hw-live-help' })}
            />
            <Checkbox
              id="vd-add-hw-config"
              label="The saved definition (from the next boot)"
              isChecked={scope.config}
              onChange={(_event, config) => setScope((old) => ({ ...old, config }))}
            />
            {liveProblem !== undefined && (
              <FormHelperText>
                <HelperText id="vd-add-hw-live-help">
                  <HelperTextItem>{liveProblem}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            )}
          </FormGroup>
          {definitionChange !== undefined && (
            <Alert variant="info" isInline isPlain title={definitionChange} />
          )}
          <Switch
            id="vd-add-hw-show-xml"
            label="Show XML"
            isChecked={showXml}
            onChange={(_event, checked) => setShowXml(checked)}
          />
          {showXml && (
            <CodeBlock aria-label="Device XML to send">
              <CodeBlockCode>
                {spec
                  ? preview?.specKey === specKey
                    ? preview.xml
                    : 'Loading…'
                  : 'Fix the fields above to see the XML.'}
              </CodeBlockCode>
            </CodeBlock>
          )}
          {unsupported !== undefined && (
            <Alert variant="warning" isInline title="This host cannot add this device">
              {unsupported}
            </Alert>
          )}
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          type="submit"
          form="vd-add-hw-form"
          isLoading={sending}
          isDisabled={
            sending ||
            (touched && !spec) ||
            formatProblem !== undefined ||
            unsupported !== undefined ||
            (!acts.live && !acts.config)
          }
        >
          Add
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}

/** The host's list, with a network just started shown active. */
function withNetworkActive(list: HostResourceList, name: string): HostResourceList {
  return {
    ...list,
    networks: list.networks.map((net) => (net.name === name ? { ...net, active: true } : net)),
  };
}

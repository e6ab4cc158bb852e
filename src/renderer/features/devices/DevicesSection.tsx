import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { Button, Flex, FlexItem, Label, Title, Tooltip } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { VmSummary } from '../../../shared/dto';
import type { DeviceListEntry } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import { deviceKey, useDevicesStore } from '../../stores/devices-store';
import { cancelPending, loadDevices, runRemoval } from './device-actions';
import { MediaModal } from './MediaModal';
import { RemoveDeviceModal } from './RemoveDeviceModal';

// The dialog and its pages are loaded when first opened, so the first page stays small.
const AddHardwareModal = lazy(() =>
  import('./AddHardwareModal').then((module) => ({ default: module.AddHardwareModal })),
);

type Dialog =
  | { kind: 'add' }
  | { kind: 'remove'; entry: DeviceListEntry }
  | { kind: 'media'; entry: DeviceListEntry; target: string };

/**
 * Every device of the VM, with unfinished removals in plain sight ("Removal pending",
 * "Removal failed") and what can be done about them. The list follows the host through
 * 'device.changed' events.
 */
export function DevicesSection({ vm }: { vm: VmSummary }) {
  const client = useClient();
  const { hostId, uuid } = vm;
  const devices = useDevicesStore((state) => state.byUuid[uuid]);
  const [dialog, setDialog] = useState<Dialog>();

  useEffect(() => {
    const ref = { hostId, uuid };
    void loadDevices(client, ref);
    return client.on('device.changed', (event) => {
      if (event.hostId === hostId && event.uuid === uuid) void loadDevices(client, ref);
    });
    // The state is a dependency: starting or stopping the VM changes the live devices.
  }, [client, hostId, uuid, vm.state]);

  const ref = { hostId, uuid };
  const entries = devices?.entries ?? [];
  const running = entries.some((entry) => entry.inLive);
  return (
    <section aria-labelledby="vd-devices-title" className="vd-details-block">
      <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
        <FlexItem>
          <Title headingLevel="h3" size="md" id="vd-devices-title">
            Devices
          </Title>
        </FlexItem>
        <FlexItem>
          <Button variant="secondary" size="sm" onClick={() => setDialog({ kind: 'add' })}>
            Add hardware
          </Button>
        </FlexItem>
      </Flex>
      {devices?.error && <p className="vd-muted">Could not list the devices: {devices.error}</p>}
      <Table aria-label="Devices" variant="compact" gridBreakPoint="">
        <Thead>
          <Tr>
            <Th>Device</Th>
            <Th>Status</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {entries.map((entry) => {
            const working = devices?.working[deviceKey(entry)];
            return (
              <Tr key={deviceKey(entry)}>
                <Td dataLabel="Device">{entry.title}</Td>
                <Td dataLabel="Status">
                  <DeviceStatus entry={entry} running={running} working={working} />
                </Td>
                <Td dataLabel="Actions" isActionCell>
                  <DeviceActions
                    entry={entry}
                    disabled={working !== undefined}
                    onRemove={() => setDialog({ kind: 'remove', entry })}
                    onRetry={() => void runRemoval(client, ref, entry, 'retry')}
                    onCancel={() => void cancelPending(client, ref, entry)}
                    onNextBoot={() => void runRemoval(client, ref, entry, 'next-boot')}
                    onMedia={(target) => setDialog({ kind: 'media', entry, target })}
                  />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      {dialog?.kind === 'add' && (
        <Suspense fallback={null}>
          <AddHardwareModal
            vm={ref}
            vmName={vm.name}
            running={running}
            onClose={() => setDialog(undefined)}
          />
        </Suspense>
      )}
      {dialog?.kind === 'remove' && (
        <RemoveDeviceModal
          entry={dialog.entry}
          vmName={vm.name}
          onClose={() => setDialog(undefined)}
          onConfirm={(scope) => {
            setDialog(undefined);
            void runRemoval(client, ref, dialog.entry, 'detach', scope);
          }}
        />
      )}
      {dialog?.kind === 'media' && (
        <MediaModal
          vm={ref}
          target={dialog.target}
          title={dialog.entry.title}
          onClose={() => setDialog(undefined)}
        />
      )}
    </section>
  );
}

function DeviceStatus({
  entry,
  running,
  working,
}: {
  entry: DeviceListEntry;
  running: boolean;
  working: string | undefined;
}) {
  if (working) return <span className="vd-muted">{working}</span>;
  if (entry.pending === 'removal') return <Label color="orange">Removal pending</Label>;
  if (entry.lastError !== undefined) {
    return (
      <>
        <Label color="red">Removal failed</Label>{' '}
        <span className="vd-muted">{entry.lastError}</span>
      </>
    );
  }
  if (running && !entry.inLive) return <Label color="blue">At next boot</Label>;
  if (running && !entry.inConfig) return <Label color="grey">Until shutdown</Label>;
  return null;
}

function DeviceActions({
  entry,
  disabled,
  onRemove,
  onRetry,
  onCancel,
  onNextBoot,
  onMedia,
}: {
  entry: DeviceListEntry;
  disabled: boolean;
  onRemove: () => void;
  onRetry: () => void;
  onCancel: () => void;
  onNextBoot: () => void;
  onMedia: (target: string) => void;
}) {
  if (!entry.match) return null;
  const { title } = entry;
  const unfinished = entry.pending === 'removal' || entry.lastError !== undefined;
  const drive =
    /^(cdrom|floppy) /.test(title) && entry.match.kind === 'disk' ? entry.match.target : undefined;
  return (
    <Flex spaceItems={{ default: 'spaceItemsSm' }} flexWrap={{ default: 'nowrap' }}>
      {unfinished && (
        <>
          <Button
            variant="link"
            isInline
            isDisabled={disabled}
            onClick={onRetry}
            aria-label={`Retry removal of ${title}`}
          >
            Retry
          </Button>
          <Button
            variant="link"
            isInline
            isDisabled={disabled}
            onClick={onCancel}
            aria-label={`Cancel removal of ${title}`}
          >
            Cancel
          </Button>
          {entry.inConfig && (
            <Button
              variant="link"
              isInline
              isDisabled={disabled}
              onClick={onNextBoot}
              aria-label={`Remove ${title} at next boot`}
            >
              Remove at next boot
            </Button>
          )}
        </>
      )}
      {drive !== undefined && (
        <Button
          variant="link"
          isInline
          isDisabled={disabled}
          onClick={() => onMedia(drive)}
          aria-label={`Change media of ${title}`}
        >
          Media
        </Button>
      )}
      {!unfinished && entry.removalProblem === undefined && (
        <Button
          variant="link"
          isInline
          isDanger
          isDisabled={disabled}
          onClick={onRemove}
          aria-label={`Remove ${title}`}
        >
          Remove
        </Button>
      )}
      {!unfinished && entry.removalProblem !== undefined && (
        <NotRemovable title={title} reason={entry.removalProblem} />
      )}
    </Flex>
  );
}

/**
 * Remove, shown but refused, for a device that can go from neither definition. It stays
 * focusable (aria-disabled), so the reason reaches keyboard and screen reader users as its
 * description, and mouse users as a tooltip.
 */
function NotRemovable({ title, reason }: { title: string; reason: string }) {
  const reasonId = useId();
  return (
    <>
      <Tooltip content={reason} aria="none">
        <Button
          variant="link"
          isInline
          isDanger
          isAriaDisabled
          aria-label={`Remove ${title}`}
          aria-describedby={reasonId}
        >
          Remove
        </Button>
      </Tooltip>
      <span id={reasonId} hidden>
        {reason}
      </span>
    </>
  );
}

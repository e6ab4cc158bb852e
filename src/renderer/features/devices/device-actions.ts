import type { DeviceMatch } from '../../../shared/devices';
import type { ContractClient } from '../../../shared/ipc/client';
import type {
  DetachOutcome,
  DeviceListEntry,
  DeviceScopeChoice,
} from '../../../shared/ipc/contract';
import { errorMessage } from '../../app/error-message';
import { deviceKey, useDevicesStore } from '../../stores/devices-store';
import { useNotificationsStore } from '../../stores/notifications-store';

export interface VmRef {
  hostId: string;
  uuid: string;
}

export async function loadDevices(client: ContractClient, { hostId, uuid }: VmRef): Promise<void> {
  try {
    useDevicesStore
      .getState()
      .setEntries(uuid, await client.invoke('devices.list', { hostId, uuid }));
  } catch (error) {
    useDevicesStore.getState().setError(uuid, errorMessage(error));
  }
}

type RemovalAction = 'detach' | 'retry' | 'next-boot';

const WORKING: Record<RemovalAction, string> = {
  detach: 'Removing…',
  retry: 'Retrying…',
  'next-boot': 'Removing from the definition…',
};

/**
 * Runs a removal and tells the user how it ended: removed (confirmed by the host), pending
 * (the guest has not let go yet), or the reason it was refused. Never "done" on less.
 */
export async function runRemoval(
  client: ContractClient,
  vm: VmRef,
  entry: DeviceListEntry,
  action: RemovalAction,
  scope?: DeviceScopeChoice,
): Promise<void> {
  const match = entry.match;
  if (!match) return;
  const key = deviceKey(entry);
  const store = useDevicesStore.getState();
  store.setWorking(vm.uuid, key, WORKING[action]);
  try {
    const outcome = await callRemoval(client, vm, match, action, scope);
    notifyOutcome(outcome);
  } catch (error) {
    useNotificationsStore
      .getState()
      .notify('danger', `Could not remove ${entry.title}: ${errorMessage(error)}`);
  } finally {
    useDevicesStore.getState().setWorking(vm.uuid, key, undefined);
    await loadDevices(client, vm);
  }
}

function callRemoval(
  client: ContractClient,
  { hostId, uuid }: VmRef,
  match: DeviceMatch,
  action: RemovalAction,
  scope: DeviceScopeChoice | undefined,
): Promise<DetachOutcome> {
  if (action === 'retry') return client.invoke('devices.retryDetach', { hostId, uuid, match });
  if (action === 'next-boot')
    return client.invoke('devices.detachAtNextBoot', { hostId, uuid, match });
  return client.invoke('devices.detach', { hostId, uuid, match, ...(scope ? { scope } : {}) });
}

function notifyOutcome(outcome: DetachOutcome): void {
  const variant = outcome.status === 'pending' ? 'info' : 'success';
  useNotificationsStore.getState().notify(variant, outcome.message);
}

/** Forgets a pending or failed removal; the device stays. */
export async function cancelPending(
  client: ContractClient,
  vm: VmRef,
  entry: DeviceListEntry,
): Promise<void> {
  if (!entry.match) return;
  try {
    await client.invoke('devices.cancelPending', { ...vm, match: entry.match });
  } catch (error) {
    useNotificationsStore.getState().notify('danger', errorMessage(error));
  }
  await loadDevices(client, vm);
}

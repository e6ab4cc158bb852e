import type { ContractClient } from '../../shared/ipc/client';
import { useHostsStore } from '../stores/hosts-store';
import { useNotificationsStore } from '../stores/notifications-store';
import { errorMessage } from './error-message';

/**
 * The sidebar's host actions. Each answer is the host as it now is; 'host.changed' and
 * 'host.removed' events bring the same news to every other window.
 */

type HostCall = 'hosts.connect' | 'hosts.disconnect';

const VERBS: Record<HostCall, string> = {
  'hosts.connect': 'connect to',
  'hosts.disconnect': 'disconnect from',
};

/** Connects or disconnects a host; a refusal becomes a toast naming the host. */
export async function setHostConnected(
  client: ContractClient,
  host: { id: string; name: string },
  connected: boolean,
): Promise<void> {
  const method: HostCall = connected ? 'hosts.connect' : 'hosts.disconnect';
  try {
    useHostsStore.getState().upsertHost(await client.invoke(method, { hostId: host.id }));
  } catch (error) {
    useNotificationsStore
      .getState()
      .notify('danger', `Could not ${VERBS[method]} ${host.name}: ${errorMessage(error)}`);
  }
}

/** Renames a host; the caller shows a refusal (a taken name) in its dialog. */
export async function renameHost(
  client: ContractClient,
  hostId: string,
  name: string,
): Promise<void> {
  useHostsStore.getState().upsertHost(await client.invoke('hosts.rename', { hostId, name }));
}

/** Removes a host from the list; the 'host.removed' event updates the stores. */
export async function removeHost(client: ContractClient, hostId: string): Promise<void> {
  await client.invoke('hosts.remove', { hostId });
}

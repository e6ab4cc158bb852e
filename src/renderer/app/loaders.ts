import type { VmDetails, VmSummary } from '../../shared/dto';
import { isAppError } from '../../shared/errors';
import type { ContractClient } from '../../shared/ipc/client';
import type { HostAddQuestion } from '../../shared/ipc/contract';
import { useHostsStore } from '../stores/hosts-store';
import { useNotificationsStore } from '../stores/notifications-store';
import { useStatsStore } from '../stores/stats-store';
import { useUiStore } from '../stores/ui-store';
import { useVmDetailsStore } from '../stores/vm-details-store';
import { useVmsStore } from '../stores/vms-store';
import { errorMessage } from './error-message';

/** Fetches the hosts and, on first load, selects the first connected one. */
export async function loadHosts(client: ContractClient): Promise<void> {
  try {
    const hosts = await client.invoke('hosts.list', {});
    useHostsStore.getState().setHosts(hosts);
    const ui = useUiStore.getState();
    const first = hosts.find((h) => h.status === 'connected') ?? hosts[0];
    // A host the address named (a reload, a bookmark) stays selected if it still exists.
    if (hosts.some((h) => h.id === ui.selectedHostId) || !first) return;
    ui.selectHost(first.id);
    // Straight away rather than from a render's effect: this is the start-up's critical path.
    if (first.status === 'connected') await loadHostVms(client, first.id);
  } catch (error) {
    useNotificationsStore
      .getState()
      .notify('danger', `Could not list hosts: ${errorMessage(error)}`);
  }
}

export async function loadHostVms(client: ContractClient, hostId: string): Promise<void> {
  const vms = useVmsStore.getState();
  vms.setHostLoad(hostId, 'loading');
  const newer = recordVmEvents(client, hostId);
  try {
    const listed = await client.invoke('vms.list', { hostId });
    vms.replaceHostVms(hostId, newer.applyTo(listed));
  } catch (error) {
    vms.setHostLoad(hostId, 'failed');
    useNotificationsStore.getState().notify('danger', `Could not list VMs: ${errorMessage(error)}`);
  } finally {
    newer.stop();
  }
}

/**
 * Remembers one host's VM events while its list is in flight. They may be newer than the
 * list (which the host computed earlier), so they win over it when the list arrives.
 */
function recordVmEvents(client: ContractClient, hostId: string) {
  const latest = new Map<string, VmSummary | 'removed'>();
  const unsubscribers = [
    client.on('vm.changed', ({ vm }) => {
      if (vm.hostId === hostId) latest.set(vm.uuid, vm);
    }),
    client.on('vm.removed', (event) => {
      if (event.hostId === hostId) latest.set(event.uuid, 'removed');
    }),
  ];
  return {
    applyTo(listed: readonly VmSummary[]): VmSummary[] {
      const byUuid = new Map(listed.map((vm) => [vm.uuid, vm]));
      for (const [uuid, change] of latest) {
        if (change === 'removed') byUuid.delete(uuid);
        else byUuid.set(uuid, change);
      }
      return [...byUuid.values()];
    },
    stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

export async function loadVmDetails(
  client: ContractClient,
  hostId: string,
  uuid: string,
): Promise<void> {
  const store = useVmDetailsStore.getState();
  store.markLoading(uuid);
  try {
    store.setDetails(await client.invoke('vms.details', { hostId, uuid }));
  } catch (error) {
    store.setError(uuid, errorMessage(error));
  }
}

/**
 * Brings one VM's summary back in line with the host, after an action failed and the
 * state we show may be stale. A VM that no longer exists leaves the list.
 */
export async function refreshVmSummary(
  client: ContractClient,
  hostId: string,
  uuid: string,
): Promise<void> {
  try {
    const details = await client.invoke('vms.details', { hostId, uuid });
    useVmsStore.getState().upsertVm(summaryOf(details));
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') {
      useVmsStore.getState().removeVm(uuid);
      useStatsStore.getState().forget(uuid);
    }
  }
}

/** The summary fields of a details answer, so the list holds summaries only. */
function summaryOf(details: VmDetails): VmSummary {
  const { hostId, uuid, name, title, state, osLabel, vcpus, memoryKiB, persistent } = details;
  return {
    hostId,
    uuid,
    name,
    state,
    osLabel,
    vcpus,
    memoryKiB,
    persistent,
    ...(title === undefined ? {} : { title }),
  };
}

/**
 * Asks the host side to connect again now ('host.changed' events report the progress), with
 * the user's answers when it asked a question before. Returns the host side's question
 * (a password, an unknown host key) when it needs the user, undefined otherwise.
 */
export async function reconnectHost(
  client: ContractClient,
  hostId: string,
  answers: { password?: string; trustHostKey?: string } = {},
): Promise<HostAddQuestion | undefined> {
  try {
    const result = await client.invoke('hosts.reconnect', { hostId, ...answers });
    if ('ask' in result) return result;
    useHostsStore.getState().upsertHost(result);
  } catch (error) {
    useNotificationsStore
      .getState()
      .notify('danger', `Could not reconnect: ${errorMessage(error)}`);
  }
  return undefined;
}

import { useEffect } from 'react';
import { useClient } from '../../app/client-context';
import { loadHostVms } from '../../app/loaders';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';

/**
 * Fetches the selected host's VM list once it is connected and whenever the list went
 * stale (the host dropped and came back); events keep it current in between.
 */
export function useSelectedHostVms(): void {
  const client = useClient();
  const hostId = useUiStore((state) => state.selectedHostId);
  const connected = useHostsStore(
    (state) => state.hosts.find((host) => host.id === hostId)?.status === 'connected',
  );
  const load = useVmsStore((state) =>
    hostId === undefined ? undefined : state.loadByHost[hostId],
  );
  useEffect(() => {
    if (hostId !== undefined && connected && load === undefined) void loadHostVms(client, hostId);
  }, [client, hostId, connected, load]);
}

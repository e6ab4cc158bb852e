import { useEffect } from 'react';
import { useClient } from '../../app/client-context';
import { loadHostVms } from '../../app/loaders';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';

/** Fetches a host's VM list the first time it is selected; events keep it current after. */
export function useSelectedHostVms(): void {
  const client = useClient();
  const hostId = useUiStore((state) => state.selectedHostId);
  useEffect(() => {
    if (hostId !== undefined && !(hostId in useVmsStore.getState().loadByHost)) {
      void loadHostVms(client, hostId);
    }
  }, [client, hostId]);
}

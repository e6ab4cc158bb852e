import { useEffect } from 'react';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { loadVmDetails } from '../../app/loaders';

/**
 * Loads the VM's details when its page opens and again whenever its summary changes (a
 * 'vm.changed' event or an action's answer), so every tab follows the host without
 * polling. Called once, by the page.
 */
export function useVmDetails(vm: VmSummary): void {
  const client = useClient();
  useEffect(() => {
    void loadVmDetails(client, vm.hostId, vm.uuid);
  }, [client, vm]);
}

import type { VmSummary } from '../../../shared/dto';
import { useUiStore } from '../../stores/ui-store';
import { useVmsStore } from '../../stores/vms-store';

export function useSelectedVm(): VmSummary | undefined {
  const uuid = useUiStore((state) => state.selectedVmUuid);
  return useVmsStore((state) => (uuid === undefined ? undefined : state.byUuid[uuid]));
}

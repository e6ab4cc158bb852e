import { useUiStore } from '../../stores/ui-store';
import { countVms, useVmsStore } from '../../stores/vms-store';

/** "12 of 1,006 virtual machines" while filtering, "1,006 virtual machines" otherwise. */
export function VmCount() {
  const hostId = useUiStore((state) => state.selectedHostId);
  const filter = useUiStore((state) => state.filterText);
  const total = useVmsStore((state) => countVms(state.byUuid, hostId, ''));
  const shown = useVmsStore((state) => countVms(state.byUuid, hostId, filter));
  if (hostId === undefined) return null;
  const noun = total === 1 ? 'virtual machine' : 'virtual machines';
  const text =
    shown === total
      ? `${total.toLocaleString('en-US')} ${noun}`
      : `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun}`;
  return <span aria-live="polite">{text}</span>;
}

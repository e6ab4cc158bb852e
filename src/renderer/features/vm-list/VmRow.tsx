import { memo } from 'react';
import { Td, Tr } from '@patternfly/react-table';
import { VmStateIndicator } from '../../components/VmStateIndicator';
import { formatKiB } from '../../format/units';
import { formatRoute } from '../../app/route';
import { useVmsStore } from '../../stores/vms-store';
import { CpuCell } from './CpuCell';
import { VM_COLUMNS } from './columns';

interface VmRowProps {
  uuid: string;
  /** Position in the whole filtered list, for aria-rowindex (the header is row 1). */
  index: number;
  isSelected: boolean;
  /** The host is not connected: the row shows the VM as last seen. */
  isStale: boolean;
  onSelect: (uuid: string) => void;
  /** Shows the VM's page (the name's link, a double click). */
  onOpen: (uuid: string) => void;
}

export function vmRowId(uuid: string): string {
  return `vm-row-${uuid}`;
}

/** One VM. Memoised and subscribed to its own VM only, so other VMs' changes skip it. */
export const VmRow = memo(function VmRow({
  uuid,
  index,
  isSelected,
  isStale,
  onSelect,
  onOpen,
}: VmRowProps) {
  const vm = useVmsStore((state) => state.byUuid[uuid]);
  if (!vm) return null;
  return (
    <Tr
      id={vmRowId(uuid)}
      className={isStale ? 'vd-vm-row vd-vm-row--stale' : 'vd-vm-row'}
      isRowSelected={isSelected}
      aria-selected={isSelected}
      aria-rowindex={index + 2}
      onClick={() => onSelect(uuid)}
      onDoubleClick={() => onOpen(uuid)}
    >
      <Td dataLabel={VM_COLUMNS.name}>
        {/* A link for the pointer (and a new tab in a browser); the keyboard opens the
            selected row with Enter, so the links are no tab stops of their own. */}
        <a
          className="vd-vm-name"
          href={formatRoute({ hostId: vm.hostId, vm: { uuid, tab: 'overview' } })}
          tabIndex={-1}
          onClick={(event) => {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            event.stopPropagation();
            onOpen(uuid);
          }}
        >
          {vm.name}
        </a>
      </Td>
      <Td dataLabel={VM_COLUMNS.state}>
        <VmStateIndicator state={vm.state} uuid={uuid} />
        {isStale && <span className="pf-v6-screen-reader"> (last seen, host not connected)</span>}
      </Td>
      <Td dataLabel={VM_COLUMNS.os}>{vm.osLabel}</Td>
      <Td dataLabel={VM_COLUMNS.vcpus}>{vm.vcpus}</Td>
      <Td dataLabel={VM_COLUMNS.memory}>{formatKiB(vm.memoryKiB)}</Td>
      <Td dataLabel={VM_COLUMNS.cpu}>
        <CpuCell uuid={uuid} />
      </Td>
    </Tr>
  );
});

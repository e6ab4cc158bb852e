import { Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import { useUiStore } from '../../stores/ui-store';
import type { VmSortColumn } from '../../stores/vm-order';
import { VM_COLUMNS } from './columns';

/** Header order. Sorted by CPU usage, the rows follow the figures as they change (as top does). */
const SORTABLE: readonly VmSortColumn[] = ['name', 'state', 'os', 'vcpus', 'memory', 'cpu'];
/** Widths in app.css (vd-col-*): fixed, so the virtualized rows never reflow. */
const HEADERS = [
  { text: VM_COLUMNS.name, column: 'name' },
  { text: VM_COLUMNS.state, column: 'state' },
  { text: VM_COLUMNS.os, column: 'os' },
  { text: VM_COLUMNS.vcpus, column: 'vcpus' },
  { text: VM_COLUMNS.memory, column: 'memory' },
  { text: VM_COLUMNS.cpu, column: 'cpu' },
] as const;

export function VmListHeader() {
  const sort = useUiStore((state) => state.sort);
  const setSort = useUiStore((state) => state.setSort);
  const sortProps = (columnIndex: number): ThProps['sort'] | undefined => {
    const column = SORTABLE[columnIndex];
    if (column === undefined) return undefined;
    return {
      columnIndex,
      sortBy: { index: SORTABLE.indexOf(sort.column), direction: sort.direction },
      onSort: (_event, _index, direction) => setSort({ column, direction }),
    };
  };
  return (
    <Thead>
      <Tr aria-rowindex={1}>
        {HEADERS.map(({ text, column }, index) => {
          const sortable = sortProps(index);
          return (
            <Th key={text} className={`vd-col-${column}`} {...(sortable ? { sort: sortable } : {})}>
              {text}
            </Th>
          );
        })}
      </Tr>
    </Thead>
  );
}

import { useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Table, Tbody } from '@patternfly/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { markVmListReadyOnce } from '../../perf/perf-hooks';
import { useHostsStore } from '../../stores/hosts-store';
import { useStatsStore } from '../../stores/stats-store';
import type { CpuByUuid } from '../../stores/vm-order';
import { useUiStore } from '../../stores/ui-store';
import { HostConnectionAlert } from '../hosts/HostConnectionAlert';
import { useVmsStore, visibleVmUuids } from '../../stores/vms-store';
import { nextRowIndex } from './list-navigation';
import { VmListEmptyState } from './VmListEmptyState';
import { VmListHeader } from './VmListHeader';
import { vmRowId, VmRow } from './VmRow';

/** Fixed row height (enforced in CSS): measuring rows would cost layout on every scroll. */
const VM_ROW_HEIGHT = 44;
const OVERSCAN_ROWS = 6;

/**
 * The VMs of the selected host as a virtualized grid: only the rows in view (plus a few)
 * are in the DOM, between two spacer rows that stand for the rest. The grid itself holds
 * focus and points at the selected row with aria-activedescendant.
 */
export function VmList() {
  const hostId = useUiStore((state) => state.selectedHostId);
  const filter = useUiStore((state) => state.filterText);
  const sort = useUiStore((state) => state.sort);
  const selectedUuid = useUiStore((state) => state.selectedVmUuid);
  const selectVm = useUiStore((state) => state.selectVm);
  const openVm = useUiStore((state) => state.openVm);
  const byUuid = useVmsStore((state) => state.byUuid);
  // While the host is away the list keeps its VMs as last seen, greyed, rather than
  // emptying: as in virt-manager, what was there stays in view (names, which VM was
  // selected) and the user can tell it is not current; a reconnect refreshes it in place.
  const stale = useHostsStore(
    (state) => state.hosts.find((host) => host.id === hostId)?.status !== 'connected',
  );
  // Only a list sorted by CPU usage listens to the stats ticks (and re-sorts on each).
  const stats = useStatsStore((state) => (sort.column === 'cpu' ? state.byUuid : undefined));
  const cpu = useMemo<CpuByUuid | undefined>(
    () =>
      stats &&
      Object.fromEntries(Object.entries(stats).map(([uuid, s]) => [uuid, s.latest.cpuPercent])),
    [stats],
  );
  const uuids = useMemo(
    () => visibleVmUuids(byUuid, hostId, filter, sort, cpu),
    [byUuid, hostId, filter, sort, cpu],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // This build does not use the React Compiler, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: uuids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => VM_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => uuids[index] ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const paddingTop = first ? first.start : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;

  useLayoutEffect(() => {
    if (rows.length > 0) markVmListReadyOnce();
  }, [rows.length]);

  const selectedIndex = selectedUuid === undefined ? -1 : uuids.indexOf(selectedUuid);
  const selectedIsRendered = rows.some((row) => row.index === selectedIndex);

  // Back from a VM's page: the list opens at that VM, with the keys on the grid.
  const cameBack = useRef(selectedIndex >= 0);
  useLayoutEffect(() => {
    if (!cameBack.current || selectedIndex < 0) return;
    cameBack.current = false;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
    tableRef.current?.focus({ preventScroll: true });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key === 'Enter' && selectedUuid !== undefined && selectedIndex >= 0) {
      event.preventDefault();
      openVm(selectedUuid);
      return;
    }
    const pageSize = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 0) / VM_ROW_HEIGHT) - 1,
    );
    const next = nextRowIndex(event.key, selectedIndex, uuids.length, pageSize);
    if (next === undefined) return;
    event.preventDefault();
    selectVm(uuids[next]);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onSelect = useCallback(
    (uuid: string) => {
      selectVm(uuid);
      // A click focuses the cell under the pointer; the keys are the grid's, and a cell
      // scrolled out of the window would take the focus with it when it unmounts.
      tableRef.current?.focus({ preventScroll: true });
    },
    [selectVm],
  );

  if (uuids.length === 0) return <VmListEmptyState hostId={hostId} filter={filter} />;

  return (
    <>
      <HostConnectionAlert />
      <div ref={scrollRef} className="vd-vm-scroll">
        <Table
          ref={tableRef}
          aria-label="Virtual machines"
          aria-rowcount={uuids.length + 1}
          aria-activedescendant={
            selectedIsRendered && selectedUuid ? vmRowId(selectedUuid) : undefined
          }
          className="vd-vm-table"
          variant="compact"
          gridBreakPoint=""
          isStickyHeader
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          <VmListHeader />
          <Tbody>
            {paddingTop > 0 && (
              <tr className="vd-spacer" aria-hidden="true" style={{ height: paddingTop }} />
            )}
            {rows.map((row) => {
              const uuid = uuids[row.index];
              if (uuid === undefined) return null;
              return (
                <VmRow
                  key={uuid}
                  uuid={uuid}
                  index={row.index}
                  isSelected={row.index === selectedIndex}
                  isStale={stale}
                  onSelect={onSelect}
                  onOpen={openVm}
                />
              );
            })}
            {paddingBottom > 0 && (
              <tr className="vd-spacer" aria-hidden="true" style={{ height: paddingBottom }} />
            )}
          </Tbody>
        </Table>
      </div>
    </>
  );
}

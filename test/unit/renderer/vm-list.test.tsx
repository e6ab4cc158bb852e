// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientProvider } from '../../../src/renderer/app/client-context';
import { syncStoresWithEvents } from '../../../src/renderer/app/event-sync';
import { VmList } from '../../../src/renderer/features/vm-list/VmList';
import { VM_LIST_READY_MARK } from '../../../src/renderer/perf/perf-hooks';
import { useUiStore } from '../../../src/renderer/stores/ui-store';
import { useVmsStore } from '../../../src/renderer/stores/vms-store';
import { FakeHost, makeVm } from './fake-host';
import { resetStores } from './reset-stores';

const VIEWPORT_HEIGHT = 440;

beforeAll(() => {
  // jsdom does no layout: give the list's scroll box a height so the virtualizer has a window.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('vd-vm-scroll') ? VIEWPORT_HEIGHT : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'scrollTo', {
    configurable: true,
    value(this: Element, options?: ScrollToOptions) {
      if (options?.top !== undefined) this.scrollTop = options.top;
    },
  });
});

beforeEach(resetStores);
afterEach(cleanup);

function renderList(count: number) {
  const host = new FakeHost();
  const vms = Array.from({ length: count }, (_, i) => makeVm(i));
  useVmsStore.getState().replaceHostVms('local', vms);
  useUiStore.getState().selectHost('local');
  syncStoresWithEvents(host.client());
  render(
    <ClientProvider client={host.client()}>
      <VmList />
    </ClientProvider>,
  );
  return { host, vms };
}

const bodyRows = () =>
  screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');

describe('VM list', () => {
  it('renders only a window of 1,000 VMs and tells assistive technology the full count', () => {
    renderList(1000);
    const grid = screen.getByRole('grid', { name: 'Virtual machines' });
    expect(grid.getAttribute('aria-rowcount')).toBe('1001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(within(rows[0]!).getByText('vm-0000')).toBeTruthy();
    expect(within(rows[0]!).getByText('Running')).toBeTruthy();
    expect(within(rows[0]!).getByText('2 GiB')).toBeTruthy();
    expect(performance.getEntriesByName(VM_LIST_READY_MARK)).toHaveLength(1);
  });

  it('moves the selection with the arrow keys, Home and End', () => {
    const { vms } = renderList(1000);
    const grid = screen.getByRole('grid', { name: 'Virtual machines' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(useUiStore.getState().selectedVmUuid).toBe(vms[0]!.uuid);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(useUiStore.getState().selectedVmUuid).toBe(vms[1]!.uuid);
    expect(grid.getAttribute('aria-activedescendant')).toBe(`vm-row-${vms[1]!.uuid}`);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(useUiStore.getState().selectedVmUuid).toBe(vms[999]!.uuid);
    fireEvent.keyDown(grid, { key: 'Home' });
    expect(useUiStore.getState().selectedVmUuid).toBe(vms[0]!.uuid);
  });

  it('selects a row on click, and leaves the list', () => {
    const { vms } = renderList(20);
    const row = screen.getByText('vm-0003').closest('tr');
    fireEvent.click(row!.querySelectorAll('td')[1]!);
    expect(useUiStore.getState().selectedVmUuid).toBe(vms[3]!.uuid);
    expect(useUiStore.getState().vmPageTab).toBeUndefined();
    expect(row?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Virtual machines' }));
  });

  it("opens a VM's page by its name, a double click or Enter on the selected row", () => {
    const { vms } = renderList(20);
    fireEvent.click(screen.getByRole('link', { name: 'vm-0003' }));
    expect(useUiStore.getState()).toMatchObject({
      selectedVmUuid: vms[3]!.uuid,
      vmPageTab: 'overview',
    });
    useUiStore.getState().closeVmPage();
    fireEvent.doubleClick(screen.getByText('vm-0005').closest('tr')!);
    expect(useUiStore.getState()).toMatchObject({
      selectedVmUuid: vms[5]!.uuid,
      vmPageTab: 'overview',
    });
    useUiStore.getState().closeVmPage();
    const grid = screen.getByRole('grid', { name: 'Virtual machines' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(useUiStore.getState()).toMatchObject({
      selectedVmUuid: vms[6]!.uuid,
      vmPageTab: 'overview',
    });
  });

  it('shows each visible VM’s CPU figure from the stats stream', () => {
    const { host, vms } = renderList(1000);
    const samples = vms.map((vm, i) => ({
      uuid: vm.uuid,
      cpuPercent: i === 0 ? 42 : 1,
      memoryUsedKiB: 0,
      diskReadBps: 0,
      diskWriteBps: 0,
      netRxBps: 0,
      netTxBps: 0,
    }));
    act(() => host.emit('vm.stats', { hostId: 'local', at: 1, samples }));
    expect(within(bodyRows()[0]!).getByText('42%')).toBeTruthy();
  });

  it('sorts by a column’s header, then by name', () => {
    const host = new FakeHost();
    useVmsStore
      .getState()
      .replaceHostVms('local', [
        makeVm(1, { name: 'b', memoryKiB: 1024 }),
        makeVm(2, { name: 'a', memoryKiB: 4096 }),
        makeVm(3, { name: 'c', memoryKiB: 1024, state: 'shutoff' }),
      ]);
    useUiStore.getState().selectHost('local');
    render(
      <ClientProvider client={host.client()}>
        <VmList />
      </ClientProvider>,
    );
    const names = () => bodyRows().map((row) => row.querySelector('td')?.textContent);
    expect(names()).toEqual(['a', 'b', 'c']);
    fireEvent.click(screen.getByRole('button', { name: 'Memory' }));
    expect(names()).toEqual(['b', 'c', 'a']);
    fireEvent.click(screen.getByRole('button', { name: 'Memory' }));
    expect(names()).toEqual(['a', 'b', 'c']);
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    expect(names()).toEqual(['a', 'b', 'c']);
    fireEvent.click(screen.getByRole('button', { name: 'State' }));
    expect(names()).toEqual(['c', 'a', 'b']);
  });

  it('filters by name', () => {
    renderList(30);
    act(() => useUiStore.getState().setFilterText('vm-002'));
    expect(bodyRows().map((row) => row.querySelector('td')?.textContent)).toEqual(
      Array.from({ length: 10 }, (_, i) => `vm-002${i}`),
    );
  });
});

import { create } from 'zustand';
import { DEFAULT_VM_SORT, type VmSort } from './vm-order';
import { withoutKey } from './without-key';
import type { LifecycleAction } from '../../shared/dto';
import type { VmTab } from '../features/vm-page/vm-tabs';

interface UiState {
  selectedHostId: string | undefined;
  selectedVmUuid: string | undefined;
  /**
   * The selected VM's page is shown, on this tab; undefined while the list is. The page
   * always shows the selected VM, so selecting another one moves the page with it.
   */
  vmPageTab: VmTab | undefined;
  filterText: string;
  sort: VmSort;
  /** The VM waiting for the user to confirm Force Off, if any. */
  forceOffUuid: string | undefined;
  shortcutsHelpOpen: boolean;
  /** Actions sent and not yet answered, by VM uuid: that VM's buttons wait for the answer. */
  actionsInFlight: Record<string, LifecycleAction>;
  selectHost: (hostId: string | undefined) => void;
  selectVm: (uuid: string | undefined) => void;
  /** Selects a VM and shows its page (on `tab`, the Overview unless given). */
  openVm: (uuid: string, tab?: VmTab) => void;
  setVmTab: (tab: VmTab) => void;
  /** Back to the list, the VM still selected there. */
  closeVmPage: () => void;
  setFilterText: (text: string) => void;
  setSort: (sort: VmSort) => void;
  askForceOff: (uuid: string) => void;
  closeForceOff: () => void;
  setShortcutsHelpOpen: (open: boolean) => void;
  setActionInFlight: (uuid: string, action: LifecycleAction | undefined) => void;
}

/** What the user is looking at and which dialogs are open. */
export const useUiStore = create<UiState>()((set) => ({
  selectedHostId: undefined,
  selectedVmUuid: undefined,
  vmPageTab: undefined,
  filterText: '',
  sort: DEFAULT_VM_SORT,
  forceOffUuid: undefined,
  shortcutsHelpOpen: false,
  actionsInFlight: {},
  selectHost: (hostId) =>
    set((state) =>
      state.selectedHostId === hostId
        ? state
        : {
            selectedHostId: hostId,
            selectedVmUuid: undefined,
            vmPageTab: undefined,
            filterText: '',
          },
    ),
  selectVm: (uuid) =>
    set((state) => ({
      selectedVmUuid: uuid,
      vmPageTab: uuid === undefined ? undefined : state.vmPageTab,
    })),
  openVm: (uuid, tab = 'overview') => set({ selectedVmUuid: uuid, vmPageTab: tab }),
  setVmTab: (tab) =>
    set((state) => (state.selectedVmUuid === undefined ? state : { vmPageTab: tab })),
  closeVmPage: () => set({ vmPageTab: undefined }),
  setFilterText: (text) => set({ filterText: text }),
  setSort: (sort) => set({ sort }),
  askForceOff: (uuid) => set({ forceOffUuid: uuid }),
  closeForceOff: () => set({ forceOffUuid: undefined }),
  setShortcutsHelpOpen: (open) => set({ shortcutsHelpOpen: open }),
  setActionInFlight: (uuid, action) =>
    set((state) => {
      const others = withoutKey(state.actionsInFlight, uuid);
      return { actionsInFlight: action === undefined ? others : { ...others, [uuid]: action } };
    }),
}));

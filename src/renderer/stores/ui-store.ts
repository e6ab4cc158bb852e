import { create } from 'zustand';
import { DEFAULT_VM_SORT, type VmSort } from './vm-order';
import { withoutKey } from './without-key';
import type { LifecycleAction } from '../../shared/dto';

interface UiState {
  selectedHostId: string | undefined;
  selectedVmUuid: string | undefined;
  filterText: string;
  sort: VmSort;
  /** The VM waiting for the user to confirm Force Off, if any. */
  forceOffUuid: string | undefined;
  shortcutsHelpOpen: boolean;
  /** Actions sent and not yet answered, by VM uuid: that VM's buttons wait for the answer. */
  actionsInFlight: Record<string, LifecycleAction>;
  selectHost: (hostId: string | undefined) => void;
  selectVm: (uuid: string | undefined) => void;
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
  filterText: '',
  sort: DEFAULT_VM_SORT,
  forceOffUuid: undefined,
  shortcutsHelpOpen: false,
  actionsInFlight: {},
  selectHost: (hostId) =>
    set((state) =>
      state.selectedHostId === hostId
        ? state
        : { selectedHostId: hostId, selectedVmUuid: undefined, filterText: '' },
    ),
  selectVm: (uuid) => set({ selectedVmUuid: uuid }),
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

import { create } from 'zustand';
import type { VmDetails } from '../../shared/dto';

interface DetailsEntry {
  /** The last details received; kept while a refresh is under way so the pane does not flicker. */
  details: VmDetails | undefined;
  loading: boolean;
  error: string | undefined;
}

interface VmDetailsState {
  byUuid: Record<string, DetailsEntry>;
  markLoading: (uuid: string) => void;
  setDetails: (details: VmDetails) => void;
  setError: (uuid: string, message: string) => void;
}

const EMPTY: DetailsEntry = { details: undefined, loading: false, error: undefined };

export const useVmDetailsStore = create<VmDetailsState>()((set) => ({
  byUuid: {},
  markLoading: (uuid) =>
    set((state) => ({
      byUuid: { ...state.byUuid, [uuid]: { ...(state.byUuid[uuid] ?? EMPTY), loading: true } },
    })),
  setDetails: (details) =>
    set((state) => ({
      byUuid: { ...state.byUuid, [details.uuid]: { details, loading: false, error: undefined } },
    })),
  setError: (uuid, message) =>
    set((state) => ({
      byUuid: {
        ...state.byUuid,
        [uuid]: { ...(state.byUuid[uuid] ?? EMPTY), loading: false, error: message },
      },
    })),
}));

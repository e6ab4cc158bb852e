import { create } from 'zustand';
import type { HostSummary } from '../../shared/dto';

interface HostsState {
  hosts: HostSummary[];
  /** True once the first 'hosts.list' answered, so the UI can tell "none" from "not yet". */
  loaded: boolean;
  setHosts: (hosts: readonly HostSummary[]) => void;
  upsertHost: (host: HostSummary) => void;
  removeHost: (hostId: string) => void;
}

export const useHostsStore = create<HostsState>()((set) => ({
  hosts: [],
  loaded: false,
  setHosts: (hosts) => set({ hosts: [...hosts], loaded: true }),
  upsertHost: (host) =>
    set((state) => {
      const known = state.hosts.some((h) => h.id === host.id);
      return {
        hosts: known
          ? state.hosts.map((h) => (h.id === host.id ? host : h))
          : [...state.hosts, host],
      };
    }),
  removeHost: (hostId) => set((state) => ({ hosts: state.hosts.filter((h) => h.id !== hostId) })),
}));

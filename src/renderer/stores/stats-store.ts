import { create } from 'zustand';
import { withoutKey } from './without-key';
import type { VmStats } from '../../shared/dto';
import { appendToRing, emptyRing, type Ring } from './ring-buffer';

/** One minute of history at the host's one-second stats interval. */
export const CPU_HISTORY_LENGTH = 60;

interface VmLiveStats {
  latest: VmStats;
  /** Written in place by this store only; a new entry object per tick signals the change. */
  cpuHistory: Ring;
}

interface StatsState {
  /** By VM uuid. Each tick replaces the entries it touches, so per-row selectors stay cheap. */
  byUuid: Record<string, VmLiveStats>;
  applySamples: (samples: readonly VmStats[]) => void;
  forget: (uuid: string) => void;
}

/**
 * Live figures, kept apart from the VM list's data so a stats tick re-renders only the
 * components that select one VM's entry, never the list itself.
 */
export const useStatsStore = create<StatsState>()((set) => ({
  byUuid: {},
  applySamples: (samples) =>
    set((state) => {
      const byUuid = { ...state.byUuid };
      for (const sample of samples) {
        const cpuHistory = byUuid[sample.uuid]?.cpuHistory ?? emptyRing(CPU_HISTORY_LENGTH);
        appendToRing(cpuHistory, sample.cpuPercent);
        byUuid[sample.uuid] = { latest: sample, cpuHistory };
      }
      return { byUuid };
    }),
  forget: (uuid) =>
    set((state) => {
      const byUuid = withoutKey(state.byUuid, uuid);
      return byUuid === state.byUuid ? state : { byUuid };
    }),
}));

import { create } from 'zustand';
import { withoutKey } from './without-key';

/** The requests a guest carries out in its own time, and which the window waits on. */
export type PendingAction = 'shutdown' | 'reboot';

export interface PendingEntry {
  action: PendingAction;
  /** The host took the request; what follows is up to the guest. */
  accepted: boolean;
  /** A shutdown has taken so long that Force Off is offered. */
  overdue: boolean;
}

interface PendingActionsState {
  /** By VM uuid: a shutdown or reboot asked for and not yet seen to happen. */
  byUuid: Record<string, PendingEntry>;
  begin: (uuid: string, action: PendingAction) => void;
  update: (uuid: string, change: Partial<Omit<PendingEntry, 'action'>>) => void;
  clear: (uuid: string) => void;
}

export const usePendingActionsStore = create<PendingActionsState>()((set) => ({
  byUuid: {},
  begin: (uuid, action) =>
    set((state) => ({
      byUuid: { ...state.byUuid, [uuid]: { action, accepted: false, overdue: false } },
    })),
  update: (uuid, change) =>
    set((state) => {
      const entry = state.byUuid[uuid];
      return entry ? { byUuid: { ...state.byUuid, [uuid]: { ...entry, ...change } } } : state;
    }),
  clear: (uuid) =>
    set((state) => {
      const byUuid = withoutKey(state.byUuid, uuid);
      return byUuid === state.byUuid ? state : { byUuid };
    }),
}));

/** What the window says while the action is pending. */
export const PENDING_TEXT: Record<PendingAction, string> = {
  shutdown: 'Shutting down…',
  reboot: 'Rebooting…',
};

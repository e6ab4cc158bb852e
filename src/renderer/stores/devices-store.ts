import { create } from 'zustand';
import type { DeviceListEntry } from '../../shared/ipc/contract';

export interface VmDevices {
  /** The last list received; kept while a refresh is under way so the table does not flicker. */
  entries: DeviceListEntry[] | undefined;
  error: string | undefined;
  /** Devices with a request under way (by deviceKey), and what is being done. */
  working: Record<string, string>;
}

interface DevicesState {
  byUuid: Record<string, VmDevices>;
  setEntries: (uuid: string, entries: DeviceListEntry[]) => void;
  setError: (uuid: string, message: string) => void;
  setWorking: (uuid: string, key: string, what: string | undefined) => void;
}

const EMPTY: VmDevices = { entries: undefined, error: undefined, working: {} };

/** What names a device row across refreshes: its alias, else its match, else its title. */
export function deviceKey(entry: DeviceListEntry): string {
  return entry.alias ?? (entry.match ? JSON.stringify(entry.match) : entry.title);
}

export const useDevicesStore = create<DevicesState>()((set) => {
  const update = (uuid: string, change: (devices: VmDevices) => Partial<VmDevices>) =>
    set((state) => {
      const current = state.byUuid[uuid] ?? EMPTY;
      return { byUuid: { ...state.byUuid, [uuid]: { ...current, ...change(current) } } };
    });
  return {
    byUuid: {},
    setEntries: (uuid, entries) => update(uuid, () => ({ entries, error: undefined })),
    setError: (uuid, message) => update(uuid, () => ({ error: message })),
    setWorking: (uuid, key, what) =>
      update(uuid, ({ working }) => {
        const next = { ...working };
        if (what === undefined) delete next[key];
        else next[key] = what;
        return { working: next };
      }),
  };
});

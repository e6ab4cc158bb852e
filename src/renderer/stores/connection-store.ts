import { create } from 'zustand';

interface ConnectionState {
  /** The browser mode's socket closed; nothing works until the page is reloaded. */
  lost: boolean;
  markLost: () => void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  lost: false,
  markLost: () => set({ lost: true }),
}));

import { create } from 'zustand';

export interface Notification {
  id: number;
  variant: 'danger' | 'success' | 'info';
  title: string;
}

/** Older toasts give way so a burst of failures cannot cover the window. */
const MAX_VISIBLE = 4;

interface NotificationsState {
  notifications: Notification[];
  notify: (variant: Notification['variant'], title: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotificationsStore = create<NotificationsState>()((set) => ({
  notifications: [],
  notify: (variant, title) =>
    set((state) => ({
      notifications: [...state.notifications, { id: nextId++, variant, title }].slice(-MAX_VISIBLE),
    })),
  dismiss: (id) =>
    set((state) => ({ notifications: state.notifications.filter((n) => n.id !== id) })),
}));

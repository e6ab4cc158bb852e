import { create } from 'zustand';

export interface NotificationAction {
  label: string;
  run: () => void;
}

export interface Notification {
  id: number;
  variant: 'danger' | 'warning' | 'success' | 'info';
  title: string;
  /** Names a toast so whatever raised it can take it back (one toast per key). */
  key?: string;
  /** A button in the toast, e.g. "Force Off" for a shutdown that takes too long. */
  action?: NotificationAction;
}

export interface NotifyOptions {
  key?: string;
  action?: NotificationAction;
}

/** Older toasts give way so a burst of failures cannot cover the window. */
const MAX_VISIBLE = 4;

interface NotificationsState {
  notifications: Notification[];
  notify: (variant: Notification['variant'], title: string, options?: NotifyOptions) => void;
  dismiss: (id: number) => void;
  /** Takes back the toast raised with this key, if it is still shown. */
  dismissKey: (key: string) => void;
}

let nextId = 1;

export const useNotificationsStore = create<NotificationsState>()((set) => ({
  notifications: [],
  notify: (variant, title, options = {}) =>
    set((state) => {
      const others =
        options.key === undefined
          ? state.notifications
          : state.notifications.filter((n) => n.key !== options.key);
      return {
        notifications: [...others, { id: nextId++, variant, title, ...options }].slice(
          -MAX_VISIBLE,
        ),
      };
    }),
  dismiss: (id) =>
    set((state) => ({ notifications: state.notifications.filter((n) => n.id !== id) })),
  dismissKey: (key) =>
    set((state) =>
      state.notifications.some((n) => n.key === key)
        ? { notifications: state.notifications.filter((n) => n.key !== key) }
        : state,
    ),
}));

import { Alert, AlertActionCloseButton, AlertActionLink, AlertGroup } from '@patternfly/react-core';
import { useNotificationsStore } from '../../stores/notifications-store';
import type { Notification } from '../../stores/notifications-store';
import './toasts.css';

/**
 * A failure stays long enough to read a libvirt reason twice; news that something worked
 * leaves sooner, so it does not sit over the VM list. A toast that offers an action stays
 * until it is used, closed, or taken back. Hovering or focusing a toast holds it.
 */
const TOAST_TIMEOUT_MS: Record<Notification['variant'], number> = {
  danger: 12_000,
  warning: 12_000,
  info: 8_000,
  success: 5_000,
};

/**
 * Toasts for failures and news, at the bottom right where they cover no toolbar button.
 * Each is an alert, so screen readers announce it at once, inside a polite live region
 * that also announces toasts added later; it leaves on its own after a while (PatternFly
 * waits while the pointer is over it) or with its close button.
 */
export function ToastAlerts() {
  const notifications = useNotificationsStore((state) => state.notifications);
  const dismiss = useNotificationsStore((state) => state.dismiss);
  return (
    <AlertGroup isToast isLiveRegion className="vd-toasts" aria-label="Notifications">
      {notifications.map((notification) => {
        const { action } = notification;
        return (
          <Alert
            key={notification.id}
            role="alert"
            variant={notification.variant}
            title={notification.title}
            timeout={action ? false : TOAST_TIMEOUT_MS[notification.variant]}
            onTimeout={() => dismiss(notification.id)}
            {...(action && {
              actionLinks: <AlertActionLink onClick={action.run}>{action.label}</AlertActionLink>,
            })}
            actionClose={
              <AlertActionCloseButton
                title={notification.title}
                aria-label="Close notification"
                onClose={() => dismiss(notification.id)}
              />
            }
          />
        );
      })}
    </AlertGroup>
  );
}

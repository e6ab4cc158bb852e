import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import { useNotificationsStore } from '../../stores/notifications-store';
import type { Notification } from '../../stores/notifications-store';

/**
 * A failure stays long enough to read a libvirt reason twice; news that something worked
 * leaves sooner, so it does not sit over the VM list. Hovering or focusing a toast holds it.
 */
const TOAST_TIMEOUT_MS: Record<Notification['variant'], number> = {
  danger: 12_000,
  info: 8_000,
  success: 5_000,
};

/**
 * Toasts for failures and news. Each is an alert, so screen readers announce it at once;
 * it leaves on its own after a while (PatternFly waits while the pointer is over it) or
 * with its close button.
 */
export function ToastAlerts() {
  const notifications = useNotificationsStore((state) => state.notifications);
  const dismiss = useNotificationsStore((state) => state.dismiss);
  return (
    <AlertGroup isToast>
      {notifications.map((notification) => (
        <Alert
          key={notification.id}
          role="alert"
          variant={notification.variant}
          title={notification.title}
          timeout={TOAST_TIMEOUT_MS[notification.variant]}
          onTimeout={() => dismiss(notification.id)}
          actionClose={
            <AlertActionCloseButton
              title={notification.title}
              aria-label="Close notification"
              onClose={() => dismiss(notification.id)}
            />
          }
        />
      ))}
    </AlertGroup>
  );
}

import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import { useNotificationsStore } from '../../stores/notifications-store';

/**
 * Toasts for failures and news. Each is an alert (announced at once) and stays until
 * dismissed: a reason that vanishes on a timer may never be read.
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

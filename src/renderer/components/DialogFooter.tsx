import { Button, ModalFooter, type ButtonProps } from '@patternfly/react-core';

interface Props {
  /** The action's label, e.g. "Rename" or "Remove". */
  action: string;
  /** Submits this form (Enter in a field does the same); else runs onAction. */
  form?: string;
  onAction?: () => void;
  variant?: ButtonProps['variant'];
  busy: boolean;
  /** Why the action cannot run yet is the dialog's to show; here it is only disabled. */
  disabled?: boolean;
  onCancel: () => void;
}

/**
 * A dialog's footer as every dialog of the app has it: the action first (spinning and
 * disabled while it runs), then Cancel.
 */
export function DialogFooter({
  action,
  form,
  onAction,
  variant = 'primary',
  busy,
  disabled = false,
  onCancel,
}: Props) {
  return (
    <ModalFooter>
      <Button
        variant={variant}
        {...(form === undefined ? { onClick: onAction } : { type: 'submit', form })}
        isLoading={busy}
        isDisabled={busy || disabled}
      >
        {action}
      </Button>
      <Button variant="link" onClick={onCancel}>
        Cancel
      </Button>
    </ModalFooter>
  );
}

import { useState } from 'react';
import { errorMessage } from '../app/error-message';

/**
 * What a dialog's action needs while it runs: busy until it settles, and the host side's
 * refusal kept to show in the dialog (the dialog stays open, so the user can change their
 * answer). `run` resolves true when the action succeeded.
 */
export function useDialogAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(errorMessage(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, run };
}

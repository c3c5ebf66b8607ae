import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { errorMessage } from './errorMessage.ts';

/**
 * A button's request beyond the data provider's CRUD (restore, purge, revert): while it runs,
 * `pending`; then the page refreshes with a notice, or the server's own refusal is shown.
 */
export function useServerAction(run: () => Promise<unknown>, success: string, after?: () => void) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const execute = async () => {
    setPending(true);
    try {
      await run();
      notify(success, { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
      after?.();
    }
  };
  return { pending, execute };
}

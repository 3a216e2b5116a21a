import { useCallback, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { errorMessage } from '../../shared';

/** A refused or failed action: what was attempted and the server's sentence. */
export type ActionFailure = { title: string; message: string };

/**
 * Runs one action at a time against the API: success is announced through
 * the alert API, a refusal is kept for the page to show inline, and the
 * workspace is re-read either way because the refusal may come from a state
 * the page had not seen yet.
 */
export function useOperationRunner(onChanged: () => void) {
  const alertApi = useApi(alertApiRef);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = useCallback(
    async (
      label: string,
      action: () => Promise<unknown>,
      successMessage: string,
    ): Promise<boolean> => {
      setPending(label);
      setFailure(null);
      try {
        await action();
        alertApi.post({
          message: successMessage,
          severity: 'success',
          display: 'transient',
        });
        return true;
      } catch (error) {
        setFailure({ title: `${label} failed`, message: errorMessage(error) });
        return false;
      } finally {
        setPending(null);
        onChanged();
      }
    },
    [alertApi, onChanged],
  );

  return { pending, failure, run };
}

export type OperationRunner = ReturnType<typeof useOperationRunner>;

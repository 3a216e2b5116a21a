import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import { WORKSPACES_SIGNAL_CHANNEL } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { viewQuery } from './workspaceListFilters';

/** The most requests one count reads: the list has no total, and a page holds at most 100. */
export const awaitingApprovalCountLimit = 100;

/**
 * How many requests wait for an approver's decision, for the view's label:
 * `"3"`, or `"100+"` when there are more than one page holds. Undefined while
 * unknown, and always for those who may not approve (no request is sent).
 * Workspace signals recount, so a decision elsewhere shows at once.
 */
export function useAwaitingApprovalCount(enabled: boolean) {
  const api = useApi(workspacesApiRef);
  const count = useAsyncRetry(async () => {
    if (!enabled) return undefined;
    const page = await api.listWorkspaces({
      ...viewQuery('awaiting-approval'),
      limit: awaitingApprovalCountLimit,
    });
    return page.nextCursor
      ? `${awaitingApprovalCountLimit}+`
      : String(page.items.length);
  }, [api, enabled]);

  const { lastSignal } = useSignal(WORKSPACES_SIGNAL_CHANNEL);
  const { retry } = count;
  useEffect(() => {
    if (lastSignal) {
      retry();
    }
  }, [lastSignal, retry]);

  // A failed count leaves the label without a number; the list says what went wrong.
  return count.value;
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import { WORKSPACES_SIGNAL_CHANNEL } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import {
  viewQuery,
  workspacesPageSize,
  type WorkspaceListFilters,
} from './workspaceListFilters';

/**
 * One page of the workspace list with cursor paging: the API only knows
 * "next", so the cursors of the pages already seen are kept for "previous".
 * Any workspace signal refetches the page shown, so statuses stay live.
 */
export function useWorkspacesPage(filters: WorkspaceListFilters) {
  const api = useApi(workspacesApiRef);
  const { view, statuses, q, sort, order } = filters;
  const statusKey = statuses.join(',');
  const filterKey = `${view}|${statusKey}|${q}|${sort}|${order}`;
  // cursors[i] opened page i + 2; the first page has no cursor. They belong
  // to the filters and order they were read under: new ones start again at page 1,
  // in the same render, so no request goes out with a stale cursor.
  const [paging, setPaging] = useState({ filterKey, cursors: [] as string[] });
  const cursors = useMemo(
    () => (paging.filterKey === filterKey ? paging.cursors : []),
    [paging, filterKey],
  );
  const cursor = cursors[cursors.length - 1];

  const page = useAsyncRetry(
    () =>
      api.listWorkspaces({
        ...viewQuery(view),
        status: statusKey
          ? (statusKey.split(',') as typeof statuses)
          : undefined,
        q: q.trim() || undefined,
        limit: workspacesPageSize,
        cursor,
        sort,
        order,
      }),
    [api, view, statusKey, q, cursor, sort, order],
  );

  // useSignal tolerates an app without the signals plugin: it then never fires.
  const { lastSignal } = useSignal(WORKSPACES_SIGNAL_CHANNEL);
  const { retry } = page;
  useEffect(() => {
    if (lastSignal) {
      retry();
    }
  }, [lastSignal, retry]);

  const nextCursor = page.value?.nextCursor;
  const goToNextPage = useCallback(() => {
    if (nextCursor) {
      setPaging({ filterKey, cursors: [...cursors, nextCursor] });
    }
  }, [nextCursor, filterKey, cursors]);
  const goToPreviousPage = useCallback(
    () => setPaging({ filterKey, cursors: cursors.slice(0, -1) }),
    [filterKey, cursors],
  );

  return {
    ...page,
    pageNumber: cursors.length + 1,
    hasNextPage: Boolean(nextCursor),
    hasPreviousPage: cursors.length > 0,
    goToNextPage,
    goToPreviousPage,
  };
}

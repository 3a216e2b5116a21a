import { useCallback, useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  workspaceSignalChannel,
  type WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';

/** How often to re-read a workspace that is changing on its own. */
export const WORKSPACE_POLL_INTERVAL_MS = 5000;

/** Whether the workspace changes without anyone acting: a job or a status in motion. */
export function isInMotion(workspace: WorkspaceWithAllowedOperations): boolean {
  return (
    Boolean(workspace.activeJob) ||
    workspace.status === 'provisioning' ||
    workspace.status === 'deleting'
  );
}

/**
 * One workspace, kept current: re-read on every signal of its channel, and
 * polled while it is in motion in case signals do not reach this browser.
 */
export function useWorkspace(workspaceId: string) {
  const api = useApi(workspacesApiRef);
  const state = useAsyncRetry(
    () => api.getWorkspace(workspaceId),
    [api, workspaceId],
  );
  const { retry } = state;
  const { lastSignal } = useSignal(workspaceSignalChannel(workspaceId));

  useEffect(() => {
    if (lastSignal) {
      retry();
    }
  }, [lastSignal, retry]);

  const inMotion = state.value ? isInMotion(state.value) : false;
  useInterval(retry, inMotion ? WORKSPACE_POLL_INTERVAL_MS : null);

  const refresh = useCallback(() => retry(), [retry]);
  return {
    workspace: state.value,
    // Only the first load shows a spinner; refreshes keep the page in place.
    loading: state.loading && !state.value,
    error: state.value ? undefined : state.error,
    refresh,
  };
}

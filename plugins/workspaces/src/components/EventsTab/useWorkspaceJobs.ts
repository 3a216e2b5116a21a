import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/core-plugin-api';
import type { Job } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';

export type WorkspaceJobsState = {
  /** Newest first. */
  jobs: Job[];
  loading: boolean;
  error?: Error;
};

/**
 * The workspace's jobs, read again whenever `jobEventCount` moves: a job
 * event (queued, started, finished) is what makes the list change.
 */
export function useWorkspaceJobs(
  workspaceId: string,
  jobEventCount: number,
): WorkspaceJobsState {
  const api = useApi(workspacesApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    async () => (await api.listJobs(workspaceId)).items,
    [api, workspaceId],
  );

  useEffect(() => {
    if (jobEventCount > 0) {
      retry();
    }
    // retry changes identity on every render; the count is the trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobEventCount]);

  return { jobs: value ?? [], loading: loading && !value, error };
}

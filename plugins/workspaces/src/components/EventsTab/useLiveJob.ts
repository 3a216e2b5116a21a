import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { isActiveJobStatus, type Job } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { useChangeTicks } from './useChangeTicks';
import { useSerialFetch } from './useSerialFetch';

/** A running job's steps move quickly; a finished one never changes again. */
export const JOB_POLL_INTERVAL_MS = 2000;

/**
 * The job as it is now: re-read on signals and every two seconds while it
 * is queued or running, then left alone.
 */
export function useLiveJob(listed: Job): { job: Job; error?: Error } {
  const api = useApi(workspacesApiRef);
  const [job, setJob] = useState(listed);
  const [error, setError] = useState<Error>();

  // A newer list (after a job event) may know more than the last poll.
  useEffect(() => setJob(listed), [listed]);

  const active = isActiveJobStatus(job.status);
  const refresh = useCallback(async () => {
    try {
      setJob(await api.getJob(listed.id));
      setError(undefined);
    } catch (e) {
      setError(e as Error);
    }
  }, [api, listed.id]);
  const requestRefresh = useSerialFetch(refresh);
  const ticks = useChangeTicks(
    listed.workspaceId,
    JOB_POLL_INTERVAL_MS,
    active,
  );

  useEffect(() => {
    if (ticks > 0) {
      requestRefresh();
    }
  }, [ticks, requestRefresh]);

  return { job, error };
}

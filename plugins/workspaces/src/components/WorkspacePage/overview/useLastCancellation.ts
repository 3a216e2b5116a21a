import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import type { Job } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../../api';

/** The job that was cancelled last, and who asked for it (absent when the system did). */
export type Cancellation = { job: Job; by?: string; at?: string };

/**
 * Whether a Failed workspace failed because someone cancelled its last job:
 * then nothing went wrong, and the page should say who stopped it. The jobs
 * come newest first; the person is the actor of the job's cancel event.
 */
export function useLastCancellation(workspaceId: string) {
  const api = useApi(workspacesApiRef);
  return useAsync(async (): Promise<Cancellation | null> => {
    const [last] = (await api.listJobs(workspaceId)).items;
    if (!last || last.status !== 'cancelled') {
      return null;
    }
    const events = await api.listEvents(workspaceId);
    const cancel = [...events.items]
      .reverse()
      .find(event => event.type === 'job.cancelled' && event.jobId === last.id);
    return {
      job: last,
      by: cancel?.actor,
      at: cancel?.createdAt ?? last.cancelRequestedAt,
    };
  }, [api, workspaceId]);
}

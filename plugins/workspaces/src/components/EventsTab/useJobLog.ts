import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { JobLogChunk } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { useChangeTicks } from './useChangeTicks';
import { useSerialFetch } from './useSerialFetch';
import { JOB_POLL_INTERVAL_MS } from './useLiveJob';

/** The largest page the API serves. */
const PAGE_SIZE = 1000;

export type JobLogState = {
  /** Every chunk so far, in the order written (secrets already masked). */
  chunks: JobLogChunk[];
  loading: boolean;
  error?: Error;
};

/**
 * A job's whole Terraform log, followed while `following`: each signal and
 * poll reads only the chunks after the last seq. When following stops (the
 * job ended) it reads once more, so the last lines are not lost.
 */
export function useJobLog(
  workspaceId: string,
  jobId: string,
  following: boolean,
): JobLogState {
  const api = useApi(workspacesApiRef);
  const [state, setState] = useState<JobLogState>({
    chunks: [],
    loading: true,
  });
  const lastSeq = useRef<number | undefined>(undefined);

  const fetchMore = useCallback(async () => {
    try {
      const added: JobLogChunk[] = [];
      for (;;) {
        const page = await api.getJobLog(jobId, {
          after:
            lastSeq.current === undefined ? undefined : String(lastSeq.current),
          limit: PAGE_SIZE,
        });
        for (const chunk of page.items) {
          // Overlapping reads must not write a chunk twice.
          if (lastSeq.current === undefined || chunk.seq > lastSeq.current) {
            lastSeq.current = chunk.seq;
            added.push(chunk);
          }
        }
        // A short page holds the newest chunks; only a full one has more behind it.
        if (page.items.length < PAGE_SIZE) {
          break;
        }
      }
      setState(previous => ({
        // The same array while nothing was added, so nothing is parsed again.
        chunks:
          added.length > 0 ? [...previous.chunks, ...added] : previous.chunks,
        loading: false,
      }));
    } catch (error) {
      setState(previous => ({
        ...previous,
        loading: false,
        error: error as Error,
      }));
    }
  }, [api, jobId]);

  const requestFetch = useSerialFetch(fetchMore);
  const ticks = useChangeTicks(workspaceId, JOB_POLL_INTERVAL_MS, following);

  useEffect(() => {
    requestFetch();
  }, [requestFetch, ticks, following]);

  return state;
}

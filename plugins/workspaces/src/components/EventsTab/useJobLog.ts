import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { workspacesApiRef } from '../../api';
import { useChangeTicks } from './useChangeTicks';
import { useSerialFetch } from './useSerialFetch';
import { JOB_POLL_INTERVAL_MS } from './useLiveJob';

/** The largest page the API serves. */
const PAGE_SIZE = 1000;

export type JobLogState = {
  /** Every chunk so far, joined exactly as written (secrets already masked). */
  text: string;
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
  const [state, setState] = useState<JobLogState>({ text: '', loading: true });
  const lastSeq = useRef<number | undefined>(undefined);

  const fetchMore = useCallback(async () => {
    try {
      let added = '';
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
            added += chunk.text;
          }
        }
        // A short page holds the newest chunks; only a full one has more behind it.
        if (page.items.length < PAGE_SIZE) {
          break;
        }
      }
      setState(previous => ({
        text: added ? previous.text + added : previous.text,
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

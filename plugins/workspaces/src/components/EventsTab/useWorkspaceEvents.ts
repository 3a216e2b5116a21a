import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { WorkspaceEvent } from '@oqullus/plugin-workspaces-common';
import { workspacesApiRef } from '../../api';
import { useChangeTicks } from './useChangeTicks';
import { useSerialFetch } from './useSerialFetch';

/** The largest page the API serves. */
const PAGE_SIZE = 500;
/** Signals are the fast path; this only catches what they missed. */
const POLL_INTERVAL_MS = 5000;

export type WorkspaceEventsState = {
  /** Oldest first, each event once. */
  events: WorkspaceEvent[];
  loading: boolean;
  error?: Error;
};

/**
 * Every event of a workspace, oldest first: all pages on mount, then only
 * the events after the last one seen, on each signal and poll.
 */
export function useWorkspaceEvents(workspaceId: string): WorkspaceEventsState {
  const api = useApi(workspacesApiRef);
  const [state, setState] = useState<WorkspaceEventsState>({
    events: [],
    loading: true,
  });
  const cursor = useRef<string | undefined>(undefined);
  const seen = useRef(new Set<string>());

  const fetchMore = useCallback(async () => {
    try {
      const fresh: WorkspaceEvent[] = [];
      for (;;) {
        const page = await api.listEvents(workspaceId, {
          after: cursor.current,
          limit: PAGE_SIZE,
        });
        for (const event of page.items) {
          // A poll and a signal may both read past the same cursor.
          if (!seen.current.has(event.id)) {
            seen.current.add(event.id);
            fresh.push(event);
          }
        }
        cursor.current = page.nextCursor ?? cursor.current;
        // A short page holds the newest events; only a full one has more behind it.
        if (page.items.length < PAGE_SIZE) {
          break;
        }
      }
      setState(previous => ({
        events: fresh.length ? previous.events.concat(fresh) : previous.events,
        loading: false,
      }));
    } catch (error) {
      setState(previous => ({
        ...previous,
        loading: false,
        error: error as Error,
      }));
    }
  }, [api, workspaceId]);

  const requestFetch = useSerialFetch(fetchMore);
  const ticks = useChangeTicks(workspaceId, POLL_INTERVAL_MS);

  useEffect(() => {
    cursor.current = undefined;
    seen.current = new Set();
    setState({ events: [], loading: true });
  }, [workspaceId]);

  useEffect(() => {
    requestFetch();
  }, [requestFetch, ticks, workspaceId]);

  return state;
}

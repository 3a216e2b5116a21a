import type { SetupServer } from 'msw/node';
import type {
  Job,
  JobLogChunk,
  WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import { InMemoryWorkspacesApi } from '@oqullus/plugin-workspaces-common/testUtils';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { serveWorkspacesApi } from '../../../__testUtils__/serveWorkspacesApi';
import { workspaceId } from './events';

/**
 * The workspaces API in memory over msw, holding the workspace of the Events
 * tab; tests change `events`, `jobs` and `logs` to make things happen, and
 * read `requests` to see what was asked.
 */
export function fakeBackend(server: SetupServer) {
  const api = new InMemoryWorkspacesApi({
    workspaces: [aWorkspaceWithOperations({ id: workspaceId })],
  });
  const requests = { events: [] as string[], log: [] as string[], job: 0 };
  serveWorkspacesApi(server, api, ({ method, url }) => {
    const after = url.searchParams.get('after') ?? '';
    if (method !== 'GET') return;
    if (url.pathname.endsWith('/events')) requests.events.push(after);
    else if (url.pathname.endsWith('/log')) requests.log.push(after);
    else if (/\/jobs\/[^/]+$/.test(url.pathname)) requests.job += 1;
  });
  const logs = {
    get: (id: string): JobLogChunk[] | undefined => api.data.jobLogs[id],
    set: (id: string, chunks: JobLogChunk[]) => {
      api.data.jobLogs[id] = chunks;
      return logs;
    },
  };
  return {
    get events(): WorkspaceEvent[] {
      return api.data.events;
    },
    set events(events: WorkspaceEvent[]) {
      api.data.events = events;
    },
    get jobs(): Job[] {
      return api.data.jobs;
    },
    set jobs(jobs: Job[]) {
      api.data.jobs = jobs;
    },
    logs,
    requests,
  };
}

export function aChunk(seq: number, text: string): JobLogChunk {
  return { seq, text, createdAt: '2026-11-28T10:00:02.000Z' };
}

export { workspaceId };

import { rest } from 'msw';
import type { SetupServer } from 'msw/node';
import type {
  Job,
  JobLogChunk,
  WorkspaceEvent,
} from '@oqullus/plugin-workspaces-common';
import { aWorkspaceWithOperations } from '../../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../../__testUtils__/renderWithWorkspacesApi';
import { workspaceId } from './events';

/**
 * The read side of the workspaces API over msw, paging events and log
 * chunks the way the backend does; tests change `events`, `jobs` and `logs`
 * to make things happen, and read `requests` to see what was asked.
 */
export function fakeBackend(server: SetupServer) {
  const state = {
    events: [] as WorkspaceEvent[],
    jobs: [] as Job[],
    logs: new Map<string, JobLogChunk[]>(),
    requests: { events: [] as string[], log: [] as string[], job: 0 },
  };

  server.use(
    rest.get(`${workspacesBaseUrl}/workspaces/:id`, (req, res, ctx) =>
      res(ctx.json(aWorkspaceWithOperations({ id: String(req.params.id) }))),
    ),
    rest.get(`${workspacesBaseUrl}/workspaces/:id/events`, (req, res, ctx) => {
      const after = req.url.searchParams.get('after') ?? undefined;
      const limit = Number(req.url.searchParams.get('limit') ?? 100);
      state.requests.events.push(after ?? '');
      const items = state.events
        .filter(event => Number(event.id) > Number(after ?? 0))
        .slice(0, limit);
      return res(ctx.json(aPage(items, items.at(-1)?.id ?? after)));
    }),
    rest.get(`${workspacesBaseUrl}/workspaces/:id/jobs`, (_req, res, ctx) =>
      res(ctx.json({ items: state.jobs })),
    ),
    rest.get(`${workspacesBaseUrl}/jobs/:jobId`, (req, res, ctx) => {
      state.requests.job += 1;
      const job = state.jobs.find(
        candidate => candidate.id === req.params.jobId,
      );
      return job
        ? res(ctx.json(job))
        : res(
            ctx.status(404),
            ctx.json({
              error: { name: 'NotFoundError', message: 'No such job' },
            }),
          );
    }),
    rest.get(`${workspacesBaseUrl}/jobs/:jobId/log`, (req, res, ctx) => {
      const after = req.url.searchParams.get('after') ?? undefined;
      const limit = Number(req.url.searchParams.get('limit') ?? 100);
      state.requests.log.push(after ?? '');
      const items = (state.logs.get(String(req.params.jobId)) ?? [])
        .filter(chunk => chunk.seq > Number(after ?? 0))
        .slice(0, limit);
      const last = items.at(-1)?.seq;
      return res(ctx.json(aPage(items, last ? String(last) : after)));
    }),
  );
  return state;
}

/** Like the backend: the cursor of the last item, or the one asked with on an empty page. */
function aPage<T>(items: T[], nextCursor: string | undefined) {
  return nextCursor ? { items, nextCursor } : { items };
}

export function aChunk(seq: number, text: string): JobLogChunk {
  return { seq, text, createdAt: '2026-11-28T10:00:02.000Z' };
}

export { workspaceId };

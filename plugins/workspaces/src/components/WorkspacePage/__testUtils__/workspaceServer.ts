import { rest } from 'msw';
import type { SetupServer } from 'msw/node';
import type {
  WorkspaceMember,
  WorkspaceWithAllowedOperations,
} from '@oqullus/plugin-workspaces-common';
import { aStackTemplate } from '../../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../../__testUtils__/renderWithWorkspacesApi';

/** A workspace member as `GET /workspaces/{id}/members` returns it. */
export function aMember(
  overrides: Partial<WorkspaceMember> = {},
): WorkspaceMember {
  return {
    ref: 'user:default/noah.analyst',
    role: 'viewer',
    addedBy: 'user:default/dana.dev',
    addedAt: '2026-11-28T10:01:00.000Z',
    ...overrides,
  };
}

/** The titles of the example account's resources, by name. */
const accountTitles: Record<string, string> = {
  'local-sandbox': 'Local sandbox',
  builtin: 'Built-in state storage',
  'shared-dev-network': 'Shared development network',
};

/** A request the page sent, as the server saw it. */
export type SentRequest = { method: string; path: string; body: unknown };

/**
 * Answers GET of the workspace and its members, and records every other
 * request with its body so a test can assert what the page sent.
 */
export function serveWorkspace(
  server: SetupServer,
  workspace: WorkspaceWithAllowedOperations,
  members: WorkspaceMember[] = [],
): {
  sent: SentRequest[];
  workspaceReads: () => number;
  eventReads: () => number;
} {
  const sent: SentRequest[] = [];
  let eventReads = 0;
  let reads = 0;
  const base = `${workspacesBaseUrl}/workspaces/${workspace.id}`;
  const record = (req: { method: string; url: URL; body: unknown }) =>
    sent.push({
      method: req.method,
      path: decodeURIComponent(req.url.pathname).replace('/api/workspaces', ''),
      body: req.body,
    });
  server.use(
    rest.get(base, (_req, res, ctx) => {
      reads += 1;
      return res(ctx.json(workspace));
    }),
    rest.get(`${base}/members`, (_req, res, ctx) =>
      res(ctx.json({ items: members })),
    ),
    rest.get(`${base}/events`, (_req, res, ctx) => {
      eventReads += 1;
      return res(ctx.json({ items: [] }));
    }),
    rest.get(`${base}/jobs`, (_req, res, ctx) => res(ctx.json({ items: [] }))),
    rest.get(`${base}/resources`, (_req, res, ctx) =>
      res(ctx.json({ items: [], source: 'state' })),
    ),
    rest.get(
      `${workspacesBaseUrl}/account/stack-templates/${workspace.provisioning.stackTemplate}`,
      (_req, res, ctx) => res(ctx.json(aStackTemplate())),
    ),
    rest.get(`${workspacesBaseUrl}/account/:kind/:name`, (req, res, ctx) => {
      const title = accountTitles[String(req.params.name)];
      return title
        ? res(ctx.json({ name: req.params.name, title }))
        : res(
            ctx.status(404),
            ctx.json({ error: { name: 'NotFoundError', message: 'Gone' } }),
          );
    }),
    rest.post(`${base}/operations`, (req, res, ctx) => {
      record(req);
      return res(ctx.status(202), ctx.json({ job: {} }));
    }),
    rest.post(`${base}/approval`, (req, res, ctx) => {
      record(req);
      return res(ctx.json(workspace));
    }),
    rest.delete(base, (req, res, ctx) => {
      record(req);
      return res(ctx.status(202), ctx.json({ job: {} }));
    }),
    rest.patch(base, (req, res, ctx) => {
      record(req);
      return res(ctx.json(workspace));
    }),
    rest.put(`${base}/members/:ref`, (req, res, ctx) => {
      record(req);
      return res(ctx.json(aMember()));
    }),
    rest.delete(`${base}/members/:ref`, (req, res, ctx) => {
      record(req);
      return res(ctx.status(204));
    }),
    rest.post(`${workspacesBaseUrl}/jobs/:jobId/cancel`, (req, res, ctx) => {
      record(req);
      return res(ctx.json({}));
    }),
  );
  return {
    sent,
    workspaceReads: () => reads,
    eventReads: () => eventReads,
  };
}

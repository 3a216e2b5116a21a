import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { Workspace } from '@oqullus/plugin-workspaces-common';
import { aWorkspace } from '../../../__testUtils__/fixtures';
import { workspacesBaseUrl } from '../../../__testUtils__/renderWithWorkspacesApi';
import { awaitingApprovalCountLimit } from '../useAwaitingApprovalCount';

/**
 * An msw server for the My Workspaces tests that records every list request, and apart
 * from them the approval count's; call it at the top of a test file (it registers the
 * msw hooks and clears the records before each test).
 */
export function workspaceListServer() {
  const server = setupServer();
  registerMswTestHooks(server);
  /** Every list request the page sent, as the query msw received. */
  const requests: URLSearchParams[] = [];
  /** The requests of the count of requests awaiting approval. */
  const countRequests: URLSearchParams[] = [];

  /** Records a request of the list, or of the count of requests awaiting approval. */
  function record(query: URLSearchParams) {
    const isCount = query.get('limit') === String(awaitingApprovalCountLimit);
    (isCount ? countRequests : requests).push(query);
  }

  /** Answers the list with `pages[cursor ?? 'first']`. */
  function serveWorkspaces(
    pages: Record<string, { items: Workspace[]; nextCursor?: string }>,
  ) {
    server.use(
      rest.get(`${workspacesBaseUrl}/workspaces`, (req, res, ctx) => {
        record(req.url.searchParams);
        const page = pages[req.url.searchParams.get('cursor') ?? 'first'];
        return res(ctx.json(page ?? { items: [] }));
      }),
    );
  }

  function lastRequest(): URLSearchParams {
    return requests[requests.length - 1];
  }

  beforeEach(() => {
    requests.length = 0;
    countRequests.length = 0;
    // Rows look up their resources' titles; unless a test serves them, the names show.
    server.use(
      rest.get(`${workspacesBaseUrl}/account/:kind/:name`, (_req, res, ctx) =>
        res(ctx.status(404), ctx.json({ error: { name: 'NotFoundError' } })),
      ),
    );
  });

  return {
    server,
    requests,
    countRequests,
    record,
    serveWorkspaces,
    lastRequest,
  };
}

export function workspacesNamed(prefix: string, count: number): Workspace[] {
  return Array.from({ length: count }, (_, index) =>
    aWorkspace({
      id: `${prefix}-${index + 1}`,
      name: `${prefix} ${index + 1}`,
      externalId: `ws-${prefix}-${index + 1}`,
    }),
  );
}

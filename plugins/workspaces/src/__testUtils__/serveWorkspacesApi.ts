import { rest } from 'msw';
import type { SetupServer } from 'msw/node';
import type { WorkspacesApi } from '@oqullus/plugin-workspaces-common';
import { answerWorkspacesApiRequest } from '@oqullus/plugin-workspaces-common/testUtils';
import { workspacesBaseUrl } from './renderWithWorkspacesApi';

/** A request the page sent, as msw received it. */
export type ServedRequest = { method: string; url: URL; body: unknown };

const basePath = new URL(workspacesBaseUrl).pathname;

/**
 * Makes msw answer every request to the workspaces API from `api` (an
 * InMemoryWorkspacesApi, usually), the way the backend would; `onRequest`
 * sees each request first. Handlers a test adds later take precedence.
 */
export function serveWorkspacesApi(
  server: SetupServer,
  api: WorkspacesApi,
  onRequest: (request: ServedRequest) => void = () => {},
) {
  server.use(
    rest.all(`${workspacesBaseUrl}/*`, async (req, res, ctx) => {
      const text = await req.text();
      const body = text ? JSON.parse(text) : undefined;
      onRequest({ method: req.method, url: req.url, body });
      const reply = await answerWorkspacesApiRequest(api, {
        method: req.method,
        url: `${req.url.pathname.slice(basePath.length)}${req.url.search}`,
        headers: req.headers.all(),
        body,
      });
      return reply.body === undefined
        ? res(ctx.status(reply.status))
        : res(ctx.status(reply.status), ctx.json(reply.body));
    }),
  );
}

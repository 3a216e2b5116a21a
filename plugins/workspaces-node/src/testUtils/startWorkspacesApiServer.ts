import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DiscoveryService } from '@backstage/backend-plugin-api';
import type { WorkspacesApi } from '@oqullus/plugin-workspaces-common';
import { answerWorkspacesApiRequest } from '@oqullus/plugin-workspaces-common/testUtils';

/**
 * A request the workspaces API server received.
 *
 * @public
 */
export type ReceivedWorkspacesApiRequest = {
  method: string;
  /** The path below the plugin's base URL, with the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, if there was one. */
  body: unknown;
};

/**
 * A real HTTP server on 127.0.0.1 that serves a WorkspacesApi (an
 * InMemoryWorkspacesApi, usually) under `/api/workspaces`.
 *
 * @public
 */
export type WorkspacesApiServer = {
  /** Where the API is, e.g. `http://127.0.0.1:40123/api/workspaces`. */
  baseUrl: string;
  /** A discovery service that finds the workspaces plugin at `baseUrl`. */
  discovery: DiscoveryService;
  /** Every request received, in order. */
  requests: ReceivedWorkspacesApiRequest[];
  close(): Promise<void>;
};

const BASE_PATH = '/api/workspaces';

/**
 * Serves `api` over HTTP on a free port, so a backend module's test runs the
 * real WorkspacesClient, tokens and all, against an in-memory workspaces API.
 *
 * @public
 */
export async function startWorkspacesApiServer(
  api: WorkspacesApi,
): Promise<WorkspacesApiServer> {
  const requests: ReceivedWorkspacesApiRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedWorkspacesApiRequest = {
        method: req.method ?? 'GET',
        path: (req.url ?? '').slice(BASE_PATH.length),
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(request);
      const reply = await answerWorkspacesApiRequest(api, {
        method: request.method,
        url: request.path,
        headers: headerValues(req.headers),
        body: request.body,
      });
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(
        reply.body === undefined ? undefined : JSON.stringify(reply.body),
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}${BASE_PATH}`;
  const urlOf = async (pluginId: string) =>
    pluginId === 'workspaces' ? baseUrl : `http://127.0.0.1:0/api/${pluginId}`;

  return {
    baseUrl,
    discovery: { getBaseUrl: urlOf, getExternalBaseUrl: urlOf },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

/** Node's headers with repeated ones joined, as the adapter takes them. */
function headerValues(
  headers: IncomingHttpHeaders,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
}

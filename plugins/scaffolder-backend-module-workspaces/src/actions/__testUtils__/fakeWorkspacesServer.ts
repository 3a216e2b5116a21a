import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DiscoveryService } from '@backstage/backend-plugin-api';

/** A request the fake workspaces backend received. */
export type FakeRequest = {
  method: string;
  /** The path below the plugin's base URL, with the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
};

/** What the fake answers: a status and a JSON body. */
export type FakeReply = { status: number; body?: unknown };

/** A real HTTP server on 127.0.0.1 that answers like the workspaces backend. */
export type FakeWorkspacesServer = {
  discovery: DiscoveryService;
  requests: FakeRequest[];
  close(): Promise<void>;
};

const BASE_PATH = '/api/workspaces';

/** Body of an error as Backstage's error handler serializes it. */
export function backstageError(status: number, name: string, message: string) {
  return {
    status,
    body: { error: { name, message }, response: { statusCode: status } },
  };
}

export async function startFakeWorkspacesServer(
  respond: (request: FakeRequest) => FakeReply,
): Promise<FakeWorkspacesServer> {
  const requests: FakeRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: FakeRequest = {
        method: req.method ?? 'GET',
        path: (req.url ?? '').slice(BASE_PATH.length),
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(request);
      const reply = respond(request);
      res.writeHead(reply.status, { 'Content-Type': 'application/json' });
      res.end(
        reply.body === undefined ? undefined : JSON.stringify(reply.body),
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}${BASE_PATH}`;

  return {
    discovery: {
      getBaseUrl: async () => baseUrl,
      getExternalBaseUrl: async () => baseUrl,
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

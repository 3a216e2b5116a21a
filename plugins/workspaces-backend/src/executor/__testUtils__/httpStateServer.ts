import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  method: string;
  url: string;
  authorization?: string;
};

/**
 * A minimal server for Terraform's `http` state backend, on 127.0.0.1 at a free port.
 * It grants every lock and, with `failUploads`, answers 500 to every state upload, so
 * Terraform cannot save the state at the end of an apply.
 */
export async function startHttpStateServer(options: { failUploads: boolean }) {
  const requests: RecordedRequest[] = [];
  let state: string | undefined;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
      });
      if (req.method === 'GET') {
        res.statusCode = state ? 200 : 404;
        res.end(state);
      } else if (req.method === 'POST') {
        if (!options.failUploads) {
          state = body;
        }
        res.statusCode = options.failUploads ? 500 : 200;
        res.end();
      } else {
        res.statusCode = 200; // LOCK and UNLOCK
        res.end();
      }
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const address = `http://127.0.0.1:${port}/state/ws-1/infrastructure`;
  return {
    requests,
    backendConfig: {
      address,
      lock_address: `${address}/lock`,
      unlock_address: `${address}/lock`,
      // Terraform retries a failed upload twice with 1 s and 2 s pauses by default.
      retry_max: 0,
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}

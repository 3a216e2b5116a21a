import { ResponseError } from '@backstage/errors';
import { WorkspacesClient } from './WorkspacesClient';

const BASE_URL = 'http://backstage.test/api/workspaces';
const WS = 'b9f7c1de-1111-4a4a-9a9a-000000000001';

/** What Backstage's error handler sends for an error thrown in a router. */
function backstageError(
  status: number,
  name: string,
  message: string,
  url: string,
) {
  return new Response(
    JSON.stringify({
      error: { name, message },
      request: { method: 'POST', url },
      response: { statusCode: status },
    }),
    { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
}

function clientAnswering(response: Response) {
  return new WorkspacesClient({
    discoveryApi: { getBaseUrl: async () => BASE_URL },
    fetchApi: { fetch: async () => response },
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<ResponseError> {
  const error = await promise.then(
    () => {
      throw new Error('Expected the call to fail');
    },
    (thrown: unknown) => thrown,
  );
  if (!ResponseError.is(error)) {
    throw new Error(`Expected a ResponseError, got ${String(error)}`);
  }
  return error;
}

describe('WorkspacesClient errors', () => {
  it('rejects a 409 with a ResponseError carrying the server message', async () => {
    const message =
      'Sync Apps needs a Running workspace; this one is Failed: retry Provision Infrastructure first';
    const client = clientAnswering(
      backstageError(
        409,
        'ConflictError',
        message,
        `/api/workspaces/workspaces/${WS}/operations`,
      ),
    );

    const error = await rejectionOf(
      client.requestOperation(WS, { operation: 'sync-apps' }),
    );

    expect(error.statusCode).toBe(409);
    expect(error.cause).toMatchObject({ name: 'ConflictError', message });
    expect(error.body.error.message).toBe(message);
    expect(error.message).toContain('409');
  });

  it.each([
    [400, 'InputError', 'Workspace name must be at least 3 characters (got 2)'],
    [401, 'AuthenticationError', 'No token given'],
    [403, 'NotAllowedError', 'Delete needs the Account Owner or Admin role'],
    [404, 'NotFoundError', `No workspace ${WS}`],
  ])(
    'maps %i to a ResponseError with cause %s',
    async (status, name, message) => {
      const client = clientAnswering(
        backstageError(status, name, message, '/x'),
      );

      const error = await rejectionOf(client.getWorkspace(WS));

      expect(error.statusCode).toBe(status);
      expect(error.cause).toMatchObject({ name, message });
    },
  );

  it('still rejects with a ResponseError when the body is not JSON', async () => {
    const client = clientAnswering(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
      }),
    );

    const error = await rejectionOf(client.listWorkspaces());

    expect(error.statusCode).toBe(502);
    expect(error.message).toContain('502');
  });

  it('lets a failed connection reject as it is', async () => {
    const client = new WorkspacesClient({
      discoveryApi: { getBaseUrl: async () => BASE_URL },
      fetchApi: {
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      },
    });

    await expect(client.getJob('job-1')).rejects.toThrow('fetch failed');
  });
});

import { WorkspacesClient } from './WorkspacesClient';

const BASE_URL = 'http://backstage.test/api/workspaces';
const WS = 'b9f7c1de-1111-4a4a-9a9a-000000000001';

function jsonResponse(status: number, body?: unknown): Response {
  return body === undefined
    ? new Response(null, { status })
    : new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
}

/** A client whose fetch records every request and answers with `response`. */
function setup(response: () => Response = () => jsonResponse(200, {})) {
  const fetch = jest.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => response(),
  );
  const discoveryApi = {
    getBaseUrl: jest.fn(async (pluginId: string) =>
      pluginId === 'workspaces' ? BASE_URL : 'http://wrong.test',
    ),
  };
  const client = new WorkspacesClient({ discoveryApi, fetchApi: { fetch } });
  const sent = (index = 0) => {
    const [input, init] = fetch.mock.calls[index];
    return {
      url: String(input),
      method: init?.method,
      headers: new Headers(init?.headers),
      body:
        init?.body === undefined ? undefined : JSON.parse(String(init.body)),
    };
  };
  return { client, fetch, sent };
}

const network = {
  name: 'shared-vpc',
  title: 'VPC',
  provider: 'aws' as const,
  networkId: 'vpc-1',
};
const provisioning = {
  stackTemplate: 'data-platform',
  cloudCredential: 'aws-dev',
  stateStorage: 'builtin',
};

// [method, what the client is asked, HTTP method, path and query, body sent]
const calls: [
  string,
  (client: WorkspacesClient) => Promise<unknown>,
  string,
  string,
  unknown,
][] = [
  [
    'listAccountResources',
    c => c.listAccountResources('networks'),
    'GET',
    '/account/networks',
    undefined,
  ],
  [
    'getAccountResource',
    c => c.getAccountResource('stack-templates', 'data-platform'),
    'GET',
    '/account/stack-templates/data-platform',
    undefined,
  ],
  [
    'createAccountResource',
    c => c.createAccountResource('networks', network),
    'POST',
    '/account/networks',
    network,
  ],
  [
    'replaceAccountResource',
    c => c.replaceAccountResource('networks', 'shared-vpc', network),
    'PUT',
    '/account/networks/shared-vpc',
    network,
  ],
  [
    'deleteAccountResource',
    c => c.deleteAccountResource('state-storages', 's3'),
    'DELETE',
    '/account/state-storages/s3',
    undefined,
  ],
  [
    'checkAccountResource',
    c => c.checkAccountResource('cloud-credentials', 'aws-dev'),
    'POST',
    '/account/cloud-credentials/aws-dev/check',
    undefined,
  ],
  ['listWorkspaces', c => c.listWorkspaces(), 'GET', '/workspaces', undefined],
  [
    'createWorkspace',
    c => c.createWorkspace({ name: 'Data Lab', provisioning }),
    'POST',
    '/workspaces',
    { name: 'Data Lab', provisioning },
  ],
  [
    'getWorkspace',
    c => c.getWorkspace(WS),
    'GET',
    `/workspaces/${WS}`,
    undefined,
  ],
  [
    'updateWorkspace',
    c => c.updateWorkspace(WS, { name: 'Data Lab 2' }),
    'PATCH',
    `/workspaces/${WS}`,
    { name: 'Data Lab 2' },
  ],
  [
    'deleteWorkspace',
    c => c.deleteWorkspace(WS),
    'DELETE',
    `/workspaces/${WS}`,
    undefined,
  ],
  [
    'requestOperation',
    c => c.requestOperation(WS, { operation: 'sync-apps' }),
    'POST',
    `/workspaces/${WS}/operations`,
    { operation: 'sync-apps' },
  ],
  [
    'decideApproval',
    c => c.decideApproval(WS, { decision: 'reject', comment: 'Too big' }),
    'POST',
    `/workspaces/${WS}/approval`,
    { decision: 'reject', comment: 'Too big' },
  ],
  [
    'listMembers',
    c => c.listMembers(WS),
    'GET',
    `/workspaces/${WS}/members`,
    undefined,
  ],
  [
    'putMember',
    c => c.putMember(WS, 'user:default/dana.dev', { role: 'operator' }),
    'PUT',
    `/workspaces/${WS}/members/user%3Adefault%2Fdana.dev`,
    { role: 'operator' },
  ],
  [
    'removeMember',
    c => c.removeMember(WS, 'group:default/data-team'),
    'DELETE',
    `/workspaces/${WS}/members/group%3Adefault%2Fdata-team`,
    undefined,
  ],
  [
    'listEvents',
    c => c.listEvents(WS, { after: '41', limit: 50 }),
    'GET',
    `/workspaces/${WS}/events?after=41&limit=50`,
    undefined,
  ],
  [
    'listResources',
    c => c.listResources(WS),
    'GET',
    `/workspaces/${WS}/resources`,
    undefined,
  ],
  ['listJobs', c => c.listJobs(WS), 'GET', `/workspaces/${WS}/jobs`, undefined],
  ['getJob', c => c.getJob('job-1'), 'GET', '/jobs/job-1', undefined],
  [
    'getJobLog',
    c => c.getJobLog('job-1', { after: '7', limit: 1000 }),
    'GET',
    '/jobs/job-1/log?after=7&limit=1000',
    undefined,
  ],
  [
    'cancelJob',
    c => c.cancelJob('job-1'),
    'POST',
    '/jobs/job-1/cancel',
    undefined,
  ],
  [
    'pushKeptState',
    c => c.pushKeptState('job-1', 'app notebooks'),
    'POST',
    '/jobs/job-1/kept-states/app%20notebooks/push',
    undefined,
  ],
  [
    'forceUnlockState',
    c => c.forceUnlockState('ws-1', 'app notebooks'),
    'DELETE',
    '/workspaces/ws-1/state-locks/app%20notebooks',
    undefined,
  ],
];

describe('WorkspacesClient', () => {
  it('has a test for every method of the API', () => {
    const methods = Object.getOwnPropertyNames(
      WorkspacesClient.prototype,
    ).filter(name => name !== 'constructor' && name !== 'call');
    expect(calls.map(([name]) => name).sort()).toEqual(methods.sort());
  });

  it.each(calls)('%s sends %s %s', async (_name, invoke, method, url, body) => {
    const { client, sent } = setup();
    await invoke(client);
    expect(sent()).toMatchObject({ url: `${BASE_URL}${url}`, method, body });
    expect(sent().headers.get('Content-Type')).toBe(
      body === undefined ? null : 'application/json',
    );
  });

  it('returns the parsed response body', async () => {
    const job = { id: 'job-1', status: 'queued' };
    const { client } = setup(() => jsonResponse(202, { job }));
    await expect(client.deleteWorkspace(WS)).resolves.toEqual({ job });
  });

  it('resolves to undefined on 204 No Content', async () => {
    const { client } = setup(() => jsonResponse(204));
    await expect(
      client.removeMember(WS, 'user:default/sam'),
    ).resolves.toBeUndefined();
  });

  it('sends the token as a bearer token only when given', async () => {
    const { client, sent } = setup();
    await client.getJob('job-1', { token: 'user-token' });
    await client.getJob('job-1');
    expect(sent(0).headers.get('Authorization')).toBe('Bearer user-token');
    expect(sent(1).headers.has('Authorization')).toBe(false);
  });

  it('sends the Idempotency-Key only when given', async () => {
    const { client, sent } = setup(() => jsonResponse(201, {}));
    await client.createWorkspace(
      { name: 'Lab', provisioning },
      { idempotencyKey: 'key-1', token: 't' },
    );
    await client.createWorkspace({ name: 'Lab', provisioning });
    expect(sent(0).headers.get('Idempotency-Key')).toBe('key-1');
    expect(sent(0).headers.get('Authorization')).toBe('Bearer t');
    expect(sent(1).headers.has('Idempotency-Key')).toBe(false);
  });

  it('repeats the status parameter and encodes every query value', async () => {
    const { client, sent } = setup();
    await client.listWorkspaces({
      scope: 'all',
      status: ['running', 'failed'],
      approval: 'pending',
      template: 'data-platform',
      owner: 'group:default/data team',
      q: 'lab & co',
      limit: 50,
      cursor: 'abc=',
    });
    const url = new URL(sent().url);
    expect(url.searchParams.getAll('status')).toEqual(['running', 'failed']);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      scope: 'all',
      approval: 'pending',
      template: 'data-platform',
      owner: 'group:default/data team',
      q: 'lab & co',
      limit: '50',
      cursor: 'abc=',
    });
  });

  it('sends a single status once and leaves unset parameters out', async () => {
    const { client, sent } = setup();
    await client.listWorkspaces({ status: 'deleted', token: 'secret' });
    expect(sent().url).toBe(`${BASE_URL}/workspaces?status=deleted`);
  });

  it('keeps every path parameter inside its own segment', async () => {
    const { client, sent } = setup();
    await client.getAccountResource('networks', '../jobs/x?y#z');
    await client.getWorkspace('a/b');
    expect(sent(0).url).toBe(
      `${BASE_URL}/account/networks/..%2Fjobs%2Fx%3Fy%23z`,
    );
    expect(sent(1).url).toBe(`${BASE_URL}/workspaces/a%2Fb`);
  });

  it('uses the global fetch when no fetchApi is given', async () => {
    const globalFetch = jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(jsonResponse(200, { items: [] }));
    try {
      const client = new WorkspacesClient({
        discoveryApi: { getBaseUrl: async () => BASE_URL },
      });
      await expect(client.listJobs(WS)).resolves.toEqual({ items: [] });
      expect(globalFetch).toHaveBeenCalledWith(
        `${BASE_URL}/workspaces/${WS}/jobs`,
        expect.objectContaining({ method: 'GET' }),
      );
    } finally {
      globalFetch.mockRestore();
    }
  });
});

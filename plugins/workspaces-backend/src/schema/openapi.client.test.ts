import {
  WorkspacesClient,
  type WorkspacesApi,
} from '@oqullus/plugin-workspaces-common';
import { openApiMethods, workspacesOpenApiSpec as spec } from './openapi';
import { schemaErrors } from './__testUtils__/specValidator';

// The client in -common is written by hand; this keeps it on the contract:
// every method must hit the spec operation whose operationId is its own name,
// with a body the spec accepts.

const BASE_URL = 'http://backstage.test/api/workspaces';
const WS = 'b9f7c1de-1111-4a4a-9a9a-000000000001';
const provisioning = {
  stackTemplate: 'data-platform',
  cloudCredential: 'aws-dev',
  stateStorage: 'builtin',
};
const network = {
  name: 'shared-vpc',
  title: 'Shared VPC',
  provider: 'aws' as const,
  networkId: 'vpc-1',
};

const invocations: {
  [TMethod in keyof WorkspacesApi]: (api: WorkspacesApi) => Promise<unknown>;
} = {
  listAccountResources: api => api.listAccountResources('networks'),
  getAccountResource: api => api.getAccountResource('networks', 'shared-vpc'),
  createAccountResource: api => api.createAccountResource('networks', network),
  replaceAccountResource: api =>
    api.replaceAccountResource('networks', 'shared-vpc', network),
  deleteAccountResource: api =>
    api.deleteAccountResource('networks', 'shared-vpc'),
  checkAccountResource: api =>
    api.checkAccountResource('networks', 'shared-vpc'),
  listWorkspaces: api =>
    api.listWorkspaces({ status: ['running', 'failed'], limit: 5 }),
  createWorkspace: api =>
    api.createWorkspace(
      { name: 'Data Lab', provisioning },
      { idempotencyKey: 'k' },
    ),
  getWorkspace: api => api.getWorkspace(WS),
  updateWorkspace: api => api.updateWorkspace(WS, { description: 'New' }),
  deleteWorkspace: api => api.deleteWorkspace(WS),
  requestOperation: api => api.requestOperation(WS, { operation: 'provision' }),
  decideApproval: api => api.decideApproval(WS, { decision: 'approve' }),
  listMembers: api => api.listMembers(WS),
  putMember: api =>
    api.putMember(WS, 'user:default/dana.dev', { role: 'viewer' }),
  removeMember: api => api.removeMember(WS, 'user:default/dana.dev'),
  listEvents: api => api.listEvents(WS, { after: '3' }),
  listResources: api => api.listResources(WS),
  listJobs: api => api.listJobs(WS),
  getJob: api => api.getJob('job-1'),
  getJobLog: api => api.getJobLog('job-1', { after: '2' }),
  cancelJob: api => api.cancelJob('job-1'),
  pushKeptState: api => api.pushKeptState('job-1', 'infrastructure'),
  forceUnlockState: api => api.forceUnlockState(WS, 'infrastructure'),
};

/** The spec operation a request goes to, matching path templates as a router would. */
function operationFor(method: string, url: string) {
  const { pathname } = new URL(url);
  const apiPath = pathname.slice(new URL(BASE_URL).pathname.length);
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = openApiMethods
      .filter(name => name === method.toLowerCase())
      .map(name => item[name])
      .find(Boolean);
    if (operation && pattern.test(apiPath)) {
      return operation;
    }
  }
  return undefined;
}

function bodySchemaName(requestBody: Record<string, unknown> | undefined) {
  const content = requestBody?.content as
    | Record<string, { schema: { $ref: string } }>
    | undefined;
  return content?.['application/json'].schema.$ref.split('/').pop();
}

describe('WorkspacesClient against the OpenAPI spec', () => {
  it.each(Object.entries(invocations))(
    '%s calls the operation of the same name',
    async (name, invoke) => {
      const fetch = jest.fn(
        async (_input: RequestInfo | URL, _init?: RequestInit) =>
          new Response('{}', { status: 200 }),
      );
      const client = new WorkspacesClient({
        discoveryApi: { getBaseUrl: async () => BASE_URL },
        fetchApi: { fetch },
      });

      await invoke(client);

      const [input, init] = fetch.mock.calls[0];
      const operation = operationFor(init?.method ?? 'GET', String(input));
      expect(operation?.operationId).toBe(name);
      const schemaName = bodySchemaName(operation?.requestBody);
      const body =
        init?.body === undefined ? undefined : JSON.parse(String(init.body));
      expect(body !== undefined).toBe(schemaName !== undefined);
      expect(schemaName ? schemaErrors(schemaName, body) : []).toEqual([]);
    },
  );
});

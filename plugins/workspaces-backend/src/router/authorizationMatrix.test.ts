import type { Knex } from 'knex';
import {
  exampleBystanders,
  type ExampleCaller,
} from '../__testUtils__/exampleOrg';
import {
  aCreateRequest,
  authorizationOf,
  type WorkspacesTestBackend,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  approveWorkspace,
  provisionableTeamWorkspace,
  queuedTeamWorkspace,
  requestTeamWorkspace,
  requireStatus,
  startOnDatabase,
} from '../__testUtils__/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

import {
  callers,
  expectedStatus,
  infrastructureCells,
  type Caller,
} from './authorizationMatrixTable';

jest.setTimeout(180_000);

type Endpoint = keyof typeof expectedStatus;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'unlock';
/** `basicAuth`: the state routes, where the token travels as Terraform sends it. */
type CellRequest = {
  method: Method;
  path: string;
  body?: object;
  basicAuth?: boolean;
};

const errorNameOf: Record<number, string> = {
  401: 'AuthenticationError',
  403: 'NotAllowedError',
  404: 'NotFoundError',
};

const cells = (Object.keys(expectedStatus) as Endpoint[]).flatMap(endpoint =>
  callers.map((caller, column) => ({
    endpoint,
    caller,
    status: expectedStatus[endpoint][column],
  })),
);

/** Names safe for account resources and entity refs, one per caller. */
const slug = (caller: Caller) => caller.toLowerCase();

const aNetwork = (name: string) => ({
  name,
  title: `Network ${name}`,
  provider: 'other',
  networkId: `${name}-net`,
});

describe('authorization matrix', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    let backend: WorkspacesTestBackend & { knex: Knex };
    let team: { id: string; jobId: string };
    let outsidersWorkspace: string;
    const outcomes: Array<{
      endpoint: Endpoint;
      caller: Caller;
      expected: number;
      actual: number;
    }> = [];

    beforeAll(async () => {
      backend = await startOnDatabase(databases, databaseId);
      const id = await requestTeamWorkspace(backend, {
        name: 'Matrix team',
        externalId: 'matrix-team',
      });
      team = { id, jobId: await approveWorkspace(backend, id) };
      const registered = await backend
        .as('admin')
        .post('/account/networks')
        .send(aNetwork('matrix-network'));
      requireStatus(registered, 201, 'registering matrix-network');
      const own = await backend
        .as('outsider')
        .post('/workspaces')
        .send(
          aCreateRequest({ name: 'Outsider own', externalId: 'outsider-own' }),
        );
      requireStatus(own, 201, "creating the outsider's workspace");
      outsidersWorkspace = own.body.id;
    });

    async function addMember(ref: string, role: string) {
      const added = await backend
        .as('admin')
        .put(`/workspaces/${team.id}/members/${encodeURIComponent(ref)}`)
        .send({ role });
      requireStatus(added, 200, `adding ${ref}`);
    }

    const teamPath = (suffix = '') => `/workspaces/${team.id}${suffix}`;

    /** The request of one cell, after setting up what it needs of its own. */
    const requestFor: Record<
      Endpoint,
      (caller: Caller) => Promise<CellRequest>
    > = {
      'GET /account/{kind}': async () => ({
        method: 'get',
        path: '/account/networks',
      }),
      'GET /account/{kind}/{name}': async () => ({
        method: 'get',
        path: '/account/networks/shared-dev-network',
      }),
      'POST /account/{kind}': async caller => ({
        method: 'post',
        path: '/account/networks',
        body: aNetwork(`matrix-new-${slug(caller)}`),
      }),
      'PUT /account/{kind}/{name}': async caller => ({
        method: 'put',
        path: '/account/networks/matrix-network',
        body: { ...aNetwork('matrix-network'), title: `Set by ${caller}` },
      }),
      'DELETE /account/{kind}/{name}': async caller => {
        const name = `matrix-gone-${slug(caller)}`;
        const registered = await backend
          .as('admin')
          .post('/account/networks')
          .send(aNetwork(name));
        requireStatus(registered, 201, `registering ${name}`);
        return { method: 'delete', path: `/account/networks/${name}` };
      },
      'POST /account/{kind}/{name}/check': async () => ({
        method: 'post',
        path: '/account/cloud-credentials/local-sandbox/check',
      }),
      'GET /workspaces': async () => ({
        method: 'get',
        path: '/workspaces?scope=all',
      }),
      'POST /workspaces': async caller => ({
        method: 'post',
        path: '/workspaces',
        body: aCreateRequest({
          name: `Created by ${caller}`,
          // A service has no user to own what it creates; it names one.
          ...(caller.endsWith('Service') && { owner: 'user:default/dana.dev' }),
        }),
      }),
      'GET /workspaces/{id}': async () => ({ method: 'get', path: teamPath() }),
      'PATCH /workspaces/{id}': async caller => ({
        method: 'patch',
        path: teamPath(),
        body: { description: `Changed by ${caller}` },
      }),
      'DELETE /workspaces/{id}': async () => ({
        method: 'delete',
        path: `/workspaces/${await requestTeamWorkspace(backend)}`,
      }),
      'POST /workspaces/{id}/operations': async () => ({
        method: 'post',
        path: `/workspaces/${await provisionableTeamWorkspace(
          backend,
        )}/operations`,
        body: { operation: 'provision' },
      }),
      'POST /workspaces/{id}/approval': async () => ({
        method: 'post',
        path: `/workspaces/${await requestTeamWorkspace(backend)}/approval`,
        body: { decision: 'approve' },
      }),
      'GET /workspaces/{id}/members': async () => ({
        method: 'get',
        path: teamPath('/members'),
      }),
      'PUT /workspaces/{id}/members/{ref}': async () => ({
        method: 'put',
        path: teamPath(
          `/members/${encodeURIComponent(exampleBystanders.joining)}`,
        ),
        body: { role: 'viewer' },
      }),
      'DELETE /workspaces/{id}/members/{ref}': async () => {
        const ref = exampleBystanders.leaving;
        await addMember(ref, 'admin');
        return {
          method: 'delete',
          path: teamPath(`/members/${encodeURIComponent(ref)}`),
        };
      },
      'GET /workspaces/{id}/events': async () => ({
        method: 'get',
        path: teamPath('/events'),
      }),
      'GET /workspaces/{id}/resources': async () => ({
        method: 'get',
        path: teamPath('/resources'),
      }),
      'GET /workspaces/{id}/jobs': async () => ({
        method: 'get',
        path: teamPath('/jobs'),
      }),
      'GET /jobs/{jobId}': async () => ({
        method: 'get',
        path: `/jobs/${team.jobId}`,
      }),
      'GET /jobs/{jobId}/log': async () => ({
        method: 'get',
        path: `/jobs/${team.jobId}/log`,
      }),
      'POST /jobs/{jobId}/cancel': async () => ({
        method: 'post',
        path: `/jobs/${(await queuedTeamWorkspace(backend)).jobId}/cancel`,
      }),
      'GET /state/{workspaceId}/{component}': async () => ({
        method: 'get',
        path: `/state/${team.id}/infrastructure`,
        basicAuth: true,
      }),
      // No body: what `terraform force-unlock` sends.
      'UNLOCK /state/{workspaceId}/{component}': async () => ({
        method: 'unlock',
        path: `/state/${team.id}/infrastructure`,
        basicAuth: true,
      }),
    };

    function send(caller: Caller, request: CellRequest) {
      const test = backend.http[request.method](
        `/api/workspaces${request.path}`,
      );
      if (caller !== 'unauthenticated') {
        const token = authorizationOf(caller).replace(/^Bearer /, '');
        test.set(
          'Authorization',
          request.basicAuth
            ? `Basic ${Buffer.from(`backstage:${token}`).toString('base64')}`
            : `Bearer ${token}`,
        );
      }
      return request.body ? test.send(request.body) : test;
    }

    const idsListedTo = async (person: ExampleCaller, scope: string) => {
      const page = await backend
        .as(person)
        .get(`/workspaces?scope=${scope}&limit=100`);
      expect(page.status).toBe(200);
      return page.body.items.map((w: { id: string }) => w.id);
    };

    it.each([
      'accountOwner',
      'admin',
      'developer',
      'adminMember',
      'operatorMember',
      'viewerMember',
      'teamLead',
      'grantedService',
    ] as const)(
      'lists the team workspace to %s with scope=all',
      async person => {
        expect(await idsListedTo(person, 'all')).toContain(team.id);
      },
    );

    it.each([
      'developer',
      'adminMember',
      'operatorMember',
      'viewerMember',
    ] as const)(
      'lists the team workspace to %s with scope=mine',
      async person => {
        expect(await idsListedTo(person, 'mine')).toContain(team.id);
      },
    );

    it('lists nothing to a service granted nothing', async () => {
      expect(await idsListedTo('ungrantedService', 'all')).toEqual([]);
    });

    it('lists the outsider their own workspace but never the team workspace', async () => {
      for (const scope of ['all', 'mine']) {
        const ids = await idsListedTo('outsider', scope);
        expect(ids).toContain(outsidersWorkspace);
        expect(ids).not.toContain(team.id);
      }
    });

    it.each(cells)(
      '$endpoint as $caller answers $status',
      async ({ endpoint, caller, status }) => {
        const response = await send(caller, await requestFor[endpoint](caller));
        outcomes.push({
          endpoint,
          caller,
          expected: status,
          actual: response.status,
        });
        expect({
          endpoint,
          caller,
          status: response.status,
          error: response.body?.error?.name,
        }).toEqual({ endpoint, caller, status, error: errorNameOf[status] });
      },
    );

    it.each(infrastructureCells)(
      '$operation of a $status workspace with approval $approval as $caller answers $expected',
      async ({
        approval,
        status,
        operation,
        caller,
        expected,
        messageMatches,
      }) => {
        const id = await requestTeamWorkspace(backend);
        await backend
          .knex('workspaces')
          .where({ id })
          .update({ approval_state: approval, status });
        const response = await send(caller, {
          method: 'post',
          path: `/workspaces/${id}/operations`,
          body: { operation },
        });
        expect({ caller, status: response.status }).toEqual({
          caller,
          status: expected,
        });
        expect(response.body.error?.message ?? '').toMatch(messageMatches);
      },
    );

    it('lets no denied caller through: zero escapes over the whole matrix', () => {
      expect(outcomes).toHaveLength(cells.length);
      const escapes = outcomes.filter(
        o => o.expected >= 400 && o.actual >= 200 && o.actual < 300,
      );
      expect(escapes).toEqual([]);
    });
  });
});

import type { Knex } from 'knex';
import { exampleBystanders, type ExampleCaller } from '../testing/exampleOrg';
import {
  aCreateRequest,
  authorizationOf,
  type WorkspacesTestBackend,
} from '../testing/startWorkspacesTestBackend';
import {
  approveWorkspace,
  provisionableTeamWorkspace,
  queuedTeamWorkspace,
  requestTeamWorkspace,
  requireStatus,
  startOnDatabase,
} from '../testing/teamWorkspace';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../testing/testDatabases';

jest.setTimeout(180_000);

const callers = [
  'accountOwner',
  'admin',
  'developer',
  'adminMember',
  'operatorMember',
  'viewerMember',
  'teamLead',
  'outsider',
  'grantedService',
  'ungrantedService',
  'unauthenticated',
] as const satisfies ReadonlyArray<ExampleCaller | 'unauthenticated'>;
type Caller = (typeof callers)[number];
type Row = [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/**
 * What each caller gets from each endpoint, written out by hand from the roles: the
 * developer owns the team workspace; amy, oscar and vera are its admin, operator and
 * viewer; tara leads the developer's team (Data Engineering) and reads, only reads, its
 * workspaces; the outsider is not involved; the granted service is a script whose token
 * is granted workspace read and create and account read (workspaces.roles.services),
 * the ungranted one is granted nothing; the last column sends no token at all.
 * Every state-changing cell runs on a workspace the lifecycle allows the change on, so
 * the caller is the only reason for a refusal.
 */
// prettier-ignore
const expectedStatus = {
  //                                        Account       developer  workspace                    team                service  service  
  //                                        Owner  Admin  (owner)    admin  operator viewer lead   outsider read+    no       no token
  //                                                                                                              create   grant
  'GET /account/{kind}':                     [200,  200,  200,       200,   200,     200,   200,   200,     200,     403,     401],
  'GET /account/{kind}/{name}':              [200,  200,  200,       200,   200,     200,   200,   200,     200,     403,     401],
  'POST /account/{kind}':                    [201,  201,  403,       403,   403,     403,   403,   403,     403,     403,     401],
  'PUT /account/{kind}/{name}':              [200,  200,  403,       403,   403,     403,   403,   403,     403,     403,     401],
  'DELETE /account/{kind}/{name}':           [204,  204,  403,       403,   403,     403,   403,   403,     403,     403,     401],
  'POST /account/{kind}/{name}/check':       [200,  200,  403,       403,   403,     403,   403,   403,     403,     403,     401],
  'GET /workspaces':                         [200,  200,  200,       200,   200,     200,   200,   200,     200,     200,     401],
  'POST /workspaces':                        [201,  201,  201,       201,   201,     201,   201,   201,     201,     403,     401],
  'GET /workspaces/{id}':                    [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'PATCH /workspaces/{id}':                  [200,  200,  200,       200,   403,     403,   403,   404,     403,     404,     401],
  'DELETE /workspaces/{id}':                 [202,  202,  403,       403,   403,     403,   403,   404,     403,     404,     401],
  'POST /workspaces/{id}/operations':        [202,  202,  202,       202,   202,     403,   403,   404,     403,     404,     401],
  'POST /workspaces/{id}/approval':          [200,  200,  403,       403,   403,     403,   403,   404,     403,     404,     401],
  'GET /workspaces/{id}/members':            [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'PUT /workspaces/{id}/members/{ref}':      [200,  200,  200,       200,   403,     403,   403,   404,     403,     404,     401],
  'DELETE /workspaces/{id}/members/{ref}':   [204,  204,  204,       204,   403,     403,   403,   404,     403,     404,     401],
  'GET /workspaces/{id}/events':             [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'GET /workspaces/{id}/resources':          [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'GET /workspaces/{id}/jobs':               [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'GET /jobs/{jobId}':                       [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'GET /jobs/{jobId}/log':                   [200,  200,  200,       200,   200,     200,   200,   404,     200,     404,     401],
  'POST /jobs/{jobId}/cancel':               [202,  202,  202,       202,   202,     403,   403,   404,     403,     404,     401],
  // The built-in Terraform state, with a Backstage token in HTTP Basic as scripts send it.
  'GET /state/{workspaceId}/{component}':    [204,  204,  204,       204,   204,     403,   403,   403,     403,     403,     401],
  'UNLOCK /state/{workspaceId}/{component}': [200,  200,  403,       403,   403,     403,   403,   403,     403,     403,     401],
} satisfies Record<string, Row>;

// Provision and the Syncs build infrastructure: with a pending or rejected request they
// are refused in every status, to every role, Account Owner included (409, after the
// role checks); an approved request allows them where the status does.
const refusedUnapproved: Row = [
  409, 409, 409, 409, 409, 403, 403, 404, 403, 404, 401,
];
const allowedApproved: Row = [
  202, 202, 202, 202, 202, 403, 403, 404, 403, 404, 401,
];
const infrastructureCells = (
  ['pending', 'rejected', 'approved'] as const
).flatMap(approval =>
  (['created', 'failed', 'running'] as const).flatMap(status =>
    (['provision', 'sync-infrastructure', 'sync-apps'] as const)
      // Provision of a Running workspace is refused by its status alone.
      .filter(operation => status !== 'running' || operation !== 'provision')
      .filter(
        operation =>
          approval !== 'approved' ||
          (operation === 'provision') === (status !== 'running'),
      )
      .flatMap(operation =>
        callers.map((caller, column) => ({
          approval,
          status,
          operation,
          caller,
          expected: (approval === 'approved'
            ? allowedApproved
            : refusedUnapproved)[column],
          // A refusal for approval names it; the other answers are the role's.
          messageMatches:
            approval !== 'approved' && refusedUnapproved[column] === 409
              ? /needs approval first|was rejected|was never approved/
              : /.*/,
        })),
      ),
  ),
);

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

// The table is read only by the matrix test; its callers are the test org's.
// eslint-disable-next-line no-restricted-imports
import type { ExampleCaller } from '../__testUtils__/exampleOrg';

/*
 * The authorization matrix's expectations, written out by hand: who gets what from
 * each endpoint, and what an unapproved request gets from the operations that build
 * infrastructure. authorizationMatrix.test.ts sends every cell.
 */

export const callers = [
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
export type Caller = (typeof callers)[number];
export type Row = [
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
export const expectedStatus = {
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
export const infrastructureCells = (
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
